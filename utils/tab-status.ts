import type { TabStatus } from '@/utils/messages';

/** The status of a tab where nothing has been found or shown yet. */
export function emptyTabStatus(): TabStatus {
  return {
    detection: null,
    overlayLoaded: false,
    overlayVisible: false,
    forced: false,
    notes: 0,
    terms: 0,
    siteDisabled: false,
  };
}

/**
 * The toolbar badge for a tab: its number of notes shown, or nothing when the page was not detected,
 * has none, or the reader hid them (the popup still says how many were found).
 */
export function badgeText(status: TabStatus | null | undefined): string {
  if (!status?.overlayLoaded || !status.overlayVisible) return '';
  if (!status.detection?.about && !status.forced) return '';
  const notes = Math.floor(status.notes);
  if (!Number.isFinite(notes) || notes <= 0) return '';
  return notes > 99 ? '99+' : String(notes);
}
