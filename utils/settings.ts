import { browser } from 'wxt/browser';
import {
  MAX_DISABLED_SITES,
  type SettingKey,
  type Settings,
  uniqueSites,
  validateSetting,
} from '@/utils/settings-core/schema';
import { getArea, readRaw, writeRaw } from '@/utils/settings-core/storage-areas';
import { settingsFromRecord, settingVersion } from '@/utils/settings-core/stored-settings';
import { readStoredSettings, watchStoredSettings } from '@/utils/settings-reader';

// Settings for the popup and the background: reads (validated, each corrupt value costs only itself),
// watching, and saving. Where each setting lives and the local stand-in for sync storage are in
// `settings-core/storage-areas.ts`; the startup migration in `settings-core/migrate-stored.ts`.

export { migrateStoredSettings } from '@/utils/settings-core/migrate-stored';
export {
  DEFAULT_SETTINGS,
  isSiteDisabled,
  MAX_DISABLED_SITES,
  type SettingKey,
  type Settings,
} from '@/utils/settings-core/schema';

/** All settings, each validated; a missing, corrupt or unreadable one is its default. Never throws. */
export const loadSettings = readStoredSettings;

/** Calls `onChange` with all settings whenever one changes (in any context). Returns the function that stops. */
export const watchSettings = watchStoredSettings;

/**
 * What a save did. `full`: the site list would pass MAX_DISABLED_SITES, nothing was written.
 * `local`: sync storage refused the value, so it is kept in this browser only.
 */
export type SaveResult = { ok: true; local?: true } | { ok: false; error: string; full?: true };

// Saves in this context run one after another, so a read-modify-write never interleaves with another.
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => {});
  return run;
}

async function write<K extends SettingKey>(key: K, value: Settings[K]): Promise<SaveResult> {
  const written = await writeRaw(key, value, settingVersion(key));
  if ('error' in written) return { ok: false, error: written.error };
  return written.fallback ? { ok: true, local: true } : { ok: true };
}

const fullResult = (): SaveResult => ({ ok: false, full: true, error: `list full (${MAX_DISABLED_SITES})` });

async function storedSites(): Promise<string[]> {
  return settingsFromRecord(await readRaw(['disabledSites', 'syncSites'])).disabledSites;
}

/**
 * Edits the site list as stored now, not as the caller last saw it: two popups that each add a site
 * keep both. Refuses, as `full`, a list longer than MAX_DISABLED_SITES rather than dropping a site.
 */
export function editDisabledSites(edit: (sites: string[]) => string[]): Promise<SaveResult> {
  return serially(async () => {
    const next = uniqueSites(edit(await storedSites())) ?? [];
    if (next.length > MAX_DISABLED_SITES) return fullResult();
    return write('disabledSites', next);
  });
}

/**
 * Switches the kinds named in `changed` on the kinds as stored at save time, not as the caller last saw
 * them: two popups that each switch a different kind keep both switches.
 */
export function editKinds(changed: Partial<Settings['kinds']>): Promise<SaveResult> {
  return serially(async () => {
    const stored = settingsFromRecord(await readRaw(['kinds'])).kinds;
    return write('kinds', validateSetting('kinds', { ...stored, ...changed }) ?? stored);
  });
}

/**
 * Turns the syncing of the site list on or off and moves the list: into sync storage (merged with a
 * list already there) or back into this browser, removed from the reader's account.
 */
function setSitesSync(on: boolean): Promise<SaveResult> {
  return serially(async () => {
    const sites = await storedSites();
    if (on) {
      const synced = uniqueSites((await getArea('sync', ['disabledSites']))?.disabledSites) ?? [];
      const merged = uniqueSites([...sites, ...synced]) ?? [];
      if (merged.length > MAX_DISABLED_SITES) return fullResult();
      const flag = await write('syncSites', true);
      if (!flag.ok) return flag;
      return write('disabledSites', merged);
    }
    // Readers take the synced list until the local one is written, then the local one.
    const flag = await write('syncSites', false);
    if (!flag.ok) return flag;
    const kept = await write('disabledSites', sites);
    if (kept.ok) await browser.storage.sync.remove(['disabledSites', 'disabledSites$']).catch(() => {});
    return kept;
  });
}

/** Validates and writes one setting. Reports a refused value, a full list or a failed write; never throws. */
export async function saveSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<SaveResult> {
  if (key === 'disabledSites') return editDisabledSites(() => value as string[]);
  const valid = validateSetting(key, value);
  if (valid === undefined) return { ok: false, error: `invalid value for "${key}"` };
  if (key === 'syncSites') return setSitesSync(valid as boolean);
  return serially(() => write(key, valid));
}
