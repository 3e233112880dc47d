import type { NoteKind, Sensitivity } from '@/content/types';
import { warn } from '@/utils/settings-core/warn';
import { isHostListed, normaliseSite } from '@/utils/site';

// Pure settings rules: shape, defaults, validation and migrations. No storage code here, so the
// every-page gate can import it without pulling in the storage library. It sits in a subfolder so
// that WXT's auto-imports list each name once (from `utils/settings.ts`, which re-exports them).

/** Every user setting. Stored in `sync` storage, one storage key per setting. */
export interface Settings {
  enabled: boolean;
  /** Host names where the extension is off; 'example.com' also covers 'www.example.com' and subdomains. */
  disabledSites: string[];
  sensitivity: Sensitivity;
  kinds: Record<NoteKind, boolean>;
  highlights: boolean;
  marginNotes: boolean;
  maxNotes: number;
  theme: 'auto' | 'light' | 'dark';
}

export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  sensitivity: 'normal',
  kinds: { argument: true, claim: true, prediction: true },
  highlights: true,
  marginNotes: true,
  maxNotes: 8,
  theme: 'auto',
};

export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];
export const SENSITIVITIES: readonly Sensitivity[] = ['strict', 'normal', 'broad'];
export const THEMES: readonly Settings['theme'][] = ['auto', 'light', 'dark'];
export const NOTE_KINDS: readonly NoteKind[] = ['argument', 'claim', 'prediction'];
export const MAX_NOTES_RANGE = { min: 1, max: 20 } as const;
/** Keeps the list inside sync storage's 8 kB-per-item quota. */
export const MAX_DISABLED_SITES = 200;

// Each validator returns the usable value, or undefined. Plain functions, no factories: a bundle
// that imports only some of them (the gate) leaves the others out.
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
export const validBoolean = (value: unknown): boolean | undefined => (isBoolean(value) ? value : undefined);
export const validSensitivity = (value: unknown): Sensitivity | undefined =>
  SENSITIVITIES.includes(value as Sensitivity) ? (value as Sensitivity) : undefined;
const validTheme = (value: unknown): Settings['theme'] | undefined =>
  THEMES.includes(value as Settings['theme']) ? (value as Settings['theme']) : undefined;

function validKinds(value: unknown): Record<NoteKind, boolean> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const kinds = { ...DEFAULT_SETTINGS.kinds };
  for (const kind of NOTE_KINDS) if (isBoolean(record[kind])) kinds[kind] = record[kind];
  return kinds;
}

export function validSites(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const sites = new Set<string>();
  for (const entry of value) {
    const site = typeof entry === 'string' ? normaliseSite(entry) : null;
    if (site) sites.add(site);
  }
  return [...sites].slice(0, MAX_DISABLED_SITES);
}

const validMaxNotes = (value: unknown): number | undefined =>
  Number.isInteger(value) &&
  (value as number) >= MAX_NOTES_RANGE.min &&
  (value as number) <= MAX_NOTES_RANGE.max
    ? (value as number)
    : undefined;

export type Validators = { [K in SettingKey]: (value: unknown) => Settings[K] | undefined };

const VALIDATORS: Validators = {
  enabled: validBoolean,
  disabledSites: validSites,
  sensitivity: validSensitivity,
  kinds: validKinds,
  highlights: validBoolean,
  marginNotes: validBoolean,
  maxNotes: validMaxNotes,
  theme: validTheme,
};

/** The stored value cleaned up, or undefined when it cannot be used (then the default applies). */
export function validateSetting<K extends SettingKey>(key: K, value: unknown): Settings[K] | undefined {
  return VALIDATORS[key](value);
}

function valueOrDefault<K extends SettingKey>(key: K, value: unknown, validate: Validators[K]): Settings[K] {
  const valid = validate(value);
  if (valid === undefined && value !== undefined && value !== null) {
    warn(`setting "${key}" corrupt, using its default`);
  }
  return valid ?? DEFAULT_SETTINGS[key];
}

/** The stored value if usable, else the default. Never throws. */
export function settingOrDefault<K extends SettingKey>(key: K, value: unknown): Settings[K] {
  return valueOrDefault(key, value, VALIDATORS[key]);
}

type Migration = (value: unknown) => unknown;

/**
 * Storage format versions and the steps that bring older values up to date. Version 1 was the
 * preview's format: the disabled sites as the one comma-separated string typed by the user, and the
 * note kinds as the list of kinds switched on.
 */
export const SETTING_MIGRATIONS: {
  [K in SettingKey]?: { version: number; steps: Record<number, Migration> };
} = {
  disabledSites: {
    version: 2,
    steps: { 2: (value) => (typeof value === 'string' ? value.split(/[\s,;]+/).filter(Boolean) : value) },
  },
  kinds: {
    version: 2,
    steps: {
      2: (value) =>
        Array.isArray(value)
          ? Object.fromEntries(NOTE_KINDS.map((kind) => [kind, value.includes(kind)]))
          : value,
    },
  },
};

export const settingVersion = (key: SettingKey): number => SETTING_MIGRATIONS[key]?.version ?? 1;

/** Runs the migration steps after `fromVersion` on a value, in memory. A step that throws leaves the value. */
export function migrateSetting(key: SettingKey, value: unknown, fromVersion: number): unknown {
  const plan = SETTING_MIGRATIONS[key];
  if (!plan) return value;
  let migrated = value;
  for (let version = Math.max(fromVersion, 1) + 1; version <= plan.version; version++) {
    try {
      migrated = plan.steps[version]?.(migrated) ?? migrated;
    } catch {
      // A corrupt old value: the validator turns it into the default.
    }
  }
  return migrated;
}

/** The storage key of a setting's version metadata, as WXT's storage items write it. */
export const metaKeyOf = (key: SettingKey): string => `${key}$`;

/**
 * The settings named by `validators` from a raw `storage.sync.get()` record (values and `key$`
 * metadata): migrated in memory, validated one by one. Unknown keys are ignored.
 */
export function pickSettings<V extends Partial<Validators>>(
  record: Record<string, unknown>,
  validators: V,
): Pick<Settings, keyof V & SettingKey> {
  const picked: Partial<Record<SettingKey, unknown>> = {};
  for (const key of Object.keys(validators) as SettingKey[]) {
    const meta = record[metaKeyOf(key)] as { v?: unknown } | undefined;
    const version = typeof meta?.v === 'number' ? meta.v : 1;
    picked[key] = valueOrDefault(key, migrateSetting(key, record[key], version), validators[key] as never);
  }
  return picked as Pick<Settings, keyof V & SettingKey>;
}

/** Every setting from a raw storage record; see pickSettings. */
export const settingsFromRecord = (record: Record<string, unknown>): Settings =>
  pickSettings(record, VALIDATORS);

/** True when the extension is turned off for `hostname` ('www.' and subdomains included). */
export function isSiteDisabled(hostname: string, settings: Pick<Settings, 'disabledSites'>): boolean {
  return isHostListed(hostname, settings.disabledSites);
}
