// A session over the test document as the overlay script starts one when the gate left nothing:
// it reads and detects the page itself, with the modules as the reader.
import { modulePageReader } from '@/content/gate/page-reader';
import { createOverlaySession, type OverlaySession } from '@/content/overlay/overlay-session';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';

export const beginSession = (signal: AbortSignal, settings: Settings = DEFAULT_SETTINGS): OverlaySession =>
  createOverlaySession({ reader: modulePageReader, doc: document, settings, gate: undefined, signal });
