import type { NoteKind, Sensitivity } from '@/content/types';
import { warn } from '@/utils/settings-core/warn';
import { isHostListed, normaliseSite } from '@/utils/site';

// Pure settings rules: shape, defaults and validation (stored formats and their migrations are in
// `stored-settings.ts`). No storage code here, so the every-page gate can import it without pulling in
// the storage library. It sits in a subfolder so that WXT's auto-imports list each name once (from
// `utils/settings.ts`, which re-exports them).

/** Every user setting, one storage key each (where each lives: `storage-areas.ts`). */
export interface Settings {
  enabled: boolean;
  /** Host names where the extension is off; 'example.com' also covers 'www.example.com' and subdomains. */
  disabledSites: string[];
  /** The reader's opt-in to keep `disabledSites` in sync storage (their browser account); off by default. */
  syncSites: boolean;
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
  syncSites: false,
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
/** Keeps the list inside sync storage's 8 kB-per-item quota; a save that would pass it is refused as full. */
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

/** The distinct, normalised sites of a list; no cap (writes refuse a long list, reads cut it). */
export function uniqueSites(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const sites = new Set<string>();
  for (const entry of value) {
    const site = typeof entry === 'string' ? normaliseSite(entry) : null;
    if (site) sites.add(site);
  }
  return [...sites];
}

export const validSites = (value: unknown): string[] | undefined =>
  uniqueSites(value)?.slice(0, MAX_DISABLED_SITES);

const validMaxNotes = (value: unknown): number | undefined =>
  Number.isInteger(value) &&
  (value as number) >= MAX_NOTES_RANGE.min &&
  (value as number) <= MAX_NOTES_RANGE.max
    ? (value as number)
    : undefined;

export type Validators = { [K in SettingKey]: (value: unknown) => Settings[K] | undefined };

export const VALIDATORS: Validators = {
  enabled: validBoolean,
  disabledSites: validSites,
  syncSites: validBoolean,
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

/** The validated value, else the default; a value that is there but unusable is reported. */
export function valueOrDefault<K extends SettingKey>(
  key: K,
  value: unknown,
  validate: Validators[K],
): Settings[K] {
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

/** True when the extension is turned off for `hostname` ('www.' and subdomains included). */
export function isSiteDisabled(hostname: string, settings: Pick<Settings, 'disabledSites'>): boolean {
  return isHostListed(hostname, settings.disabledSites);
}
