import { PopupView } from './PopupView';
import { usePopupState } from './use-popup-state';

/** The popup connected to the browser: the tab's content script, the settings storage, the commands. */
export function Popup({ tabId }: { tabId: number | null }) {
  return <PopupView {...usePopupState(tabId)} />;
}
