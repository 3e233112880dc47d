import { t } from '@/utils/i18n';
import type { Settings } from '@/utils/settings';
import { type ChangeSetting, SettingsForm } from './SettingsForm';
import { type TabActions, TabStatusPanel } from './TabStatusPanel';
import type { TabView } from './tab-view';

export interface PopupViewProps extends TabActions {
  tab: TabView;
  settings: Settings;
  /** A failed save or action, shown until dismissed or replaced. */
  error: string | null;
  busy: boolean;
  /** The keyboard shortcut of the toggle command as the browser reports it, or '' when unset. */
  shortcut: string;
  onSetting: ChangeSetting;
  onDismissError(): void;
}

const notesAllowed = (settings: Settings) =>
  settings.maxNotes > 0 && Object.values(settings.kinds).some(Boolean);

/** The whole popup, pure: everything it shows comes from props, everything it does goes out through callbacks. */
export function PopupView({
  tab,
  settings,
  error,
  busy,
  shortcut,
  onSetting,
  onDismissError,
  ...actions
}: PopupViewProps) {
  return (
    <main class="popup" data-testid="popup" data-theme={settings.theme}>
      <header class="header">
        <h1>{t('extName')}</h1>
        {shortcut && <span class="shortcut">{t('popupShortcut', shortcut)}</span>}
      </header>
      {error && (
        <div class="error" role="alert" data-testid="error">
          <span>{error}</span>
          <button type="button" class="link" onClick={onDismissError}>
            {t('popupDismiss')}
          </button>
        </div>
      )}
      <TabStatusPanel tab={tab} busy={busy} notesAllowed={notesAllowed(settings)} {...actions} />
      <SettingsForm settings={settings} onChange={onSetting} />
    </main>
  );
}
