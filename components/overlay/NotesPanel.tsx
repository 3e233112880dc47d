import { useEffect, useRef } from 'preact/hooks';
import type { PlacedNote, TermSummary } from '@/content/overlay/overlay-analysis';
import type { Detection } from '@/content/types';
import { t } from '@/utils/i18n';
import { NoteCard } from './NoteCard';
import type { NoteMeta } from './note-meta';

export interface NotesPanelProps {
  notes: readonly PlacedNote[];
  terms: readonly TermSummary[];
  detection: Detection | null;
  forced: boolean;
  meta: NoteMeta;
  onClose(): void;
  onGoToNote(noteId: string): void;
  onOpenTerm(termId: string): void;
}

const NAV_KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);

/** Moves focus between the notes' buttons with the arrow keys, Home and End (one Tab stop per note). */
function moveFocus(event: KeyboardEvent): void {
  if (!NAV_KEYS.has(event.key)) return;
  const current = event.currentTarget as HTMLElement;
  const items = [
    ...(current.closest('ol')?.querySelectorAll<HTMLElement>('button[data-panel-note-id]') ?? []),
  ];
  const index = items.indexOf(current);
  const target =
    event.key === 'Home'
      ? items[0]
      : event.key === 'End'
        ? items[items.length - 1]
        : items[index + (event.key === 'ArrowDown' ? 1 : -1)];
  if (!target) return;
  event.preventDefault();
  target.focus();
}

/** Every note in reading order and why the page was picked: the keyboard and screen-reader way in. */
export function NotesPanel(props: NotesPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const reasons = props.detection?.reasons ?? [];
  return (
    <section
      id="cm-panel"
      class="cm-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby="cm-panel-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          props.onClose();
        }
      }}
    >
      <div class="cm-panel-head">
        <h2 id="cm-panel-title" ref={heading} tabIndex={-1}>
          {t('overlayPanelTitle')}
        </h2>
        <button type="button" class="cm-close" onClick={props.onClose}>
          {t('overlayClose')}
        </button>
      </div>
      <div class="cm-panel-body">
        <h3>{t('overlayWhyPage')}</h3>
        {props.forced && <p class="cm-forced">{t('overlayForced')}</p>}
        {reasons.length > 0 && (
          <ul class="cm-reasons">
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        )}
        <h3>{t('overlayPanelNotes')}</h3>
        {props.notes.length === 0 && <p>{t('overlayNoNotes')}</p>}
        <ol class="cm-panel-notes">
          {props.notes.map(({ note, number, placement }) => (
            <li key={note.id}>
              <article aria-labelledby={`cm-panel-note-${note.id}`}>
                <span class="cm-number" aria-hidden="true">
                  {number}
                </span>
                <NoteCard
                  note={note}
                  meta={props.meta}
                  matched={placement.matched}
                  labelId={`cm-panel-note-${note.id}`}
                />
                <button
                  type="button"
                  class="cm-link"
                  data-panel-note-id={note.id}
                  aria-describedby={`cm-panel-note-${note.id}`}
                  onKeyDown={moveFocus}
                  onClick={() => props.onGoToNote(note.id)}
                >
                  {t('overlayGoToNote')}
                </button>
              </article>
            </li>
          ))}
        </ol>
        {props.terms.length > 0 && (
          <>
            <h3>{t('overlayTermsTitle')}</h3>
            <ul class="cm-panel-terms">
              {props.terms.map(({ term, count }) => (
                <li key={term.id}>
                  <button type="button" class="cm-link" onClick={() => props.onOpenTerm(term.id)}>
                    {term.label}
                  </button>{' '}
                  <span class="cm-muted">×{count}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
