import { useEffect, useRef } from 'preact/hooks';
import { localiseReason } from '@/content/i18n/reasons';
import type { PlacedNote, TermSummary } from '@/content/overlay/overlay-analysis';
import type { Detection } from '@/content/types';
import { NoteCard } from './NoteCard';
import type { NoteMeta } from './note-meta';
import { useLocaliser } from './use-localiser';

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
  const l = useLocaliser();
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
          {l.ui('panelTitle')}
        </h2>
        <button type="button" class="cm-close" onClick={props.onClose}>
          {l.ui('close')}
        </button>
      </div>
      <div class="cm-panel-body">
        <h3>{l.ui('whyPage')}</h3>
        {props.forced && <p class="cm-forced">{l.ui('forced')}</p>}
        {reasons.length > 0 && (
          <ul class="cm-reasons">
            {reasons.map((reason) => (
              <li key={reason}>{localiseReason(reason, l)}</li>
            ))}
          </ul>
        )}
        <h3>{l.ui('panelNotes')}</h3>
        {props.notes.length === 0 && <p>{l.ui('noNotes')}</p>}
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
                  {l.ui('goToNote')}
                </button>
              </article>
            </li>
          ))}
        </ol>
        {props.terms.length > 0 && (
          <>
            <h3>{l.ui('termsTitle')}</h3>
            <ul class="cm-panel-terms">
              {props.terms.map(({ term, count }) => (
                <li key={term.id}>
                  <button type="button" class="cm-link" onClick={() => props.onOpenTerm(term.id)}>
                    {l.term(term).label}
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
