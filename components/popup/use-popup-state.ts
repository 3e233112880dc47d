import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { askTab } from '@/utils/messages';
import {
  DEFAULT_SETTINGS,
  editDisabledSites,
  loadSettings,
  MAX_DISABLED_SITES,
  migrateStoredSettings,
  type SaveResult,
  type SettingKey,
  type Settings,
  saveSetting,
  watchSettings,
} from '@/utils/settings';
import { withoutSite, withSite } from '@/utils/site';
import type { PopupViewProps } from './PopupView';
import { type TabView, unreachableView } from './tab-view';

interface TargetTab {
  id: number;
  url?: string;
}

/** The tab the popup controls: the one named in the URL (tests open the popup as a tab), else the active one. */
async function findTab(requested: number | null): Promise<TargetTab | null> {
  try {
    if (requested !== null) {
      const tab = await browser.tabs.get(requested).catch(() => null);
      return { id: requested, url: tab?.url };
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
  } catch {
    return null;
  }
}

/** The keys the browser has bound to a command ('' when unbound or when the API is missing). */
async function shortcutOf(command: string): Promise<string> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((c) => c.name === command)?.shortcut ?? '';
  } catch {
    return '';
  }
}

// The overlay mounts and tears down asynchronously after a message or a settings change: look again.
const SETTLE_DELAYS_MS = [250, 1000];

/** The connected popup's state and actions: the tab's status, the settings, and what a click does. */
export function usePopupState(requestedTabId: number | null): PopupViewProps {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
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

  useEffect(() => {
    let live = true;
    // Settings an older version stored are rewritten here too: the background may have started first.
    void migrateStoredSettings()
      .then(loadSettings)
      .then((loaded) => live && setSettings(loaded));
    const unwatch = watchSettings((next) => {
      setSettings(next);
      refreshSoon();
    });
    void findTab(requestedTabId).then((found) => {
      target.current = found;
      if (found) void refresh();
      else setTab({ kind: 'not-web-page' });
    });
    void shortcutOf('toggle-overlay').then((keys) => live && setShortcut(keys));
    return () => {
      live = false;
      unwatch();
      for (const timer of timers.current) clearTimeout(timer);
    };
  }, [requestedTabId, refresh, refreshSoon]);

  const report = useCallback(async (result: SaveResult) => {
    if (result.ok) return;
    setError(
      result.full ? t('popupSitesFull', String(MAX_DISABLED_SITES)) : t('popupSaveFailed', result.error),
    );
    setSettings(await loadSettings());
  }, []);

  const onSetting = useCallback(
    async <K extends SettingKey>(key: K, value: Settings[K]) => {
      setSettings((previous) => ({ ...previous, [key]: value }));
      await report(await saveSetting(key, value));
    },
    [report],
  );

  // The site list is edited as stored at save time (another popup may have changed it since).
  const onSites = useCallback(
    async (edit: (sites: string[]) => string[]) => {
      setSettings((previous) => ({ ...previous, disabledSites: edit(previous.disabledSites) }));
      await report(await editDisabledSites(edit));
    },
    [report],
  );

  const onSettingChange = <K extends SettingKey>(key: K, value: Settings[K]) => {
    if (key !== 'disabledSites') return void onSetting(key, value);
    // The form hands over a whole list; keep only what it changed, applied to the stored list.
    const shown = settings.disabledSites;
    const wanted = value as string[];
    const removed = shown.filter((site) => !wanted.includes(site));
    const added = wanted.filter((site) => !shown.includes(site));
    void onSites((sites) => [...sites.filter((site) => !removed.includes(site)), ...added]);
  };

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
    tab,
    settings,
    error,
    busy,
    shortcut,
    onSetting: onSettingChange,
    onDismissError: () => setError(null),
    onToggleOverlay: () => void setOverlay('toggle'),
    onShowAnyway: () => void setOverlay(true),
    onDisableSite: (hostname) => void onSites((sites) => withSite(sites, hostname)),
    onEnableSite: (hostname) => void onSites((sites) => withoutSite(sites, hostname)),
  };
}
