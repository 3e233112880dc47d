import type { NoteKind, Sensitivity } from '@/content/types';

/** Every user setting. Stored in `sync` storage; see the storage items below (to be implemented). */
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
