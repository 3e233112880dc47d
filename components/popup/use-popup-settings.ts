// The settings half of the connected popup: what the form shows, saved as the reader changes it.
// A save that fails (storage full, quota) shows the error and reloads what is really stored.

import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
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

type SettingsProps = Pick<PopupViewProps, 'settings' | 'onSetting' | 'onDisableSite' | 'onEnableSite'>;

/** `onStored` hears of every change to the stored settings, ours or another window's. */
export function usePopupSettings(onStored: () => void, setError: (error: string) => void): SettingsProps {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);

  useEffect(() => {
    let live = true;
    // Settings an older version stored are rewritten here too: the background may have started first.
    void migrateStoredSettings()
      .then(loadSettings)
      .then((loaded) => live && setSettings(loaded));
    const unwatch = watchSettings((next) => {
      setSettings(next);
      onStored();
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [onStored]);

  const report = useCallback(
    async (result: SaveResult) => {
      if (result.ok) return;
      setError(
        result.full ? t('popupSitesFull', String(MAX_DISABLED_SITES)) : t('popupSaveFailed', result.error),
      );
      setSettings(await loadSettings());
    },
    [setError],
  );

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

  return {
    settings,
    onSetting: onSettingChange,
    onDisableSite: (hostname) => void onSites((sites) => withSite(sites, hostname)),
    onEnableSite: (hostname) => void onSites((sites) => withoutSite(sites, hostname)),
  };
}
