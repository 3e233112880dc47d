import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { askTab } from '@/utils/messages';
import type { PopupViewProps } from './PopupView';
import { findTab, shortcutOf, type TargetTab } from './popup-tab';
import { type TabView, unreachableView } from './tab-view';
import { usePopupSettings } from './use-popup-settings';

// The overlay mounts and tears down asynchronously after a message or a settings change: look again.
const SETTLE_DELAYS_MS = [250, 1000];

/** The connected popup's state and actions: the tab's status, the settings, and what a click does. */
export function usePopupState(requestedTabId: number | null): PopupViewProps {
  const [tab, setTab] = useState<TabView>({ kind: 'loading' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [shortcut, setShortcut] = useState('');
  const target = useRef<TargetTab | null>(null);
  const timers = useRef<number[]>([]);

  const refresh = useCallback(async () => {
    const current = target.current;
    if (!current) return;
    const status = await askTab(current.id, { type: 'get-status' });
    setTab(status ? { kind: 'page', status } : unreachableView(current.url));
  }, []);

  const refreshSoon = useCallback(() => {
    void refresh();
    for (const delay of SETTLE_DELAYS_MS) timers.current.push(window.setTimeout(() => void refresh(), delay));
  }, [refresh]);

  const settings = usePopupSettings(refreshSoon, setError);

  useEffect(() => {
    let live = true;
    void findTab(requestedTabId).then((found) => {
      target.current = found;
      if (found) void refresh();
      else setTab({ kind: 'not-web-page' });
    });
    void shortcutOf('toggle-overlay').then((keys) => live && setShortcut(keys));
    return () => {
      live = false;
      for (const timer of timers.current) clearTimeout(timer);
    };
  }, [requestedTabId, refresh]);

  const setOverlay = useCallback(
    async (visible: true | 'toggle') => {
      const current = target.current;
      if (!current) return;
      setBusy(true);
      const status = await askTab(current.id, { type: 'set-overlay', visible, force: true });
      setBusy(false);
      if (!status) setError(t('popupActionFailed'));
      else setTab({ kind: 'page', status });
      refreshSoon();
    },
    [refreshSoon],
  );

  return {
    ...settings,
    tab,
    error,
    busy,
    shortcut,
    onDismissError: () => setError(null),
    onToggleOverlay: () => void setOverlay('toggle'),
    onShowAnyway: () => void setOverlay(true),
  };
}
