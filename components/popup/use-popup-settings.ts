// The settings half of the connected popup: what the form shows, saved as the reader changes it.
// A save that fails (storage full, quota) shows the error and reloads what is really stored. Quick
// changes all count: a stored copy that arrives while a save is on its way does not undo the change.

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { NoteKind } from '@/content/types';
import { t } from '@/utils/i18n';
import {
  DEFAULT_SETTINGS,
  editDisabledSites,
  editKinds,
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

type Save = () => Promise<SaveResult>;

/** `onStored` hears of every change to the stored settings, ours or another window's. */
export function usePopupSettings(onStored: () => void, setError: (error: string) => void): SettingsProps {
  const [settings, setShown] = useState<Settings>(DEFAULT_SETTINGS);
  // What the form shows now, with changes not rendered yet, and how many saves of each key are on their
  // way: a stored copy read while a save is on its way predates it, so it must not undo the change.
  const shown = useRef<Settings>(DEFAULT_SETTINGS);
  const saving = useRef(new Map<SettingKey, number>());

  const show = useCallback((next: Settings) => {
    shown.current = next;
    setShown(next);
  }, []);
  const showStored = useCallback(
    (stored: Settings) => {
      const next = { ...stored };
      for (const key of saving.current.keys()) Object.assign(next, { [key]: shown.current[key] });
      show(next);
    },
    [show],
  );

  useEffect(() => {
    let live = true;
    // Settings an older version stored are rewritten here too: the background may have started first.
    void migrateStoredSettings()
      .then(loadSettings)
      .then((loaded) => live && showStored(loaded));
    const unwatch = watchSettings((next) => {
      showStored(next);
      onStored();
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [onStored, showStored]);

  const track = useCallback(
    async <K extends SettingKey>(key: K, value: Settings[K], save: Save) => {
      show({ ...shown.current, [key]: value });
      saving.current.set(key, (saving.current.get(key) ?? 0) + 1);
      const result = await save();
      const left = (saving.current.get(key) ?? 1) - 1;
      if (left > 0) saving.current.set(key, left);
      else saving.current.delete(key);
      if (!result.ok) {
        const message = result.full
          ? t('popupSitesFull', String(MAX_DISABLED_SITES))
          : t('popupSaveFailed', result.error);
        setError(message);
      }
      // Once the last save of a key is done, show what is really stored (another popup may have saved too).
      if (!result.ok || left === 0) showStored(await loadSettings());
    },
    [show, showStored, setError],
  );

  // The site list is edited as stored at save time (another popup may have changed it since).
  const onSites = (edit: (sites: string[]) => string[]) =>
    void track('disabledSites', edit(shown.current.disabledSites), () => editDisabledSites(edit));

  const onSettingChange = <K extends SettingKey>(key: K, value: Settings[K]) => {
    if (key === 'kinds') {
      // Only the kinds this change switched, on the latest shown and, at save time, the stored ones: a
      // change made from a stale render, or beside another popup's, keeps the other kinds.
      const wanted = Object.entries(value as Settings['kinds']);
      const changed = Object.fromEntries(
        wanted.filter(([kind, on]) => settings.kinds[kind as NoteKind] !== on),
      );
      return void track('kinds', { ...shown.current.kinds, ...changed }, () => editKinds(changed));
    }
    if (key !== 'disabledSites') return void track(key, value, () => saveSetting(key, value));
    // The form hands over a whole list; keep only what it changed, applied to the stored list.
    const removed = settings.disabledSites.filter((site) => !(value as string[]).includes(site));
    const added = (value as string[]).filter((site) => !settings.disabledSites.includes(site));
    onSites((sites) => [...sites.filter((site) => !removed.includes(site)), ...added]);
  };

  return {
    settings,
    onSetting: onSettingChange,
    onDisableSite: (hostname) => onSites((sites) => withSite(sites, hostname)),
    onEnableSite: (hostname) => onSites((sites) => withoutSite(sites, hostname)),
  };
}
