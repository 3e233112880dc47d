import type { PlacedNote } from '@/content/overlay/overlay-analysis';
import { NoteCard } from './NoteCard';
import { kindLabel, type NoteMeta, sourceLine } from './note-meta';
import { useLocaliser } from './use-localiser';

export interface SideNoteProps {
  placed: PlacedNote;
  meta: NoteMeta;
  /** Where the paragraph starts; the rail moves the note down from here when notes collide. */
  anchorTop: number;
  expanded: boolean;
  onToggle(noteId: string): void;
}

/** One note in the margin: a short form (kind, paraphrase, source and age) with "more", or the whole card. */
export function SideNote({ placed, meta, anchorTop, expanded, onToggle }: SideNoteProps) {
  const { note, number, placement } = placed;
  const labelId = `cm-side-note-${note.id}`;
  const l = useLocaliser();
  return (
    <article
      class={`cm-side-note${expanded ? ' cm-side-note--open' : ''}`}
      data-note-id={note.id}
      style={{ top: `${anchorTop}px` }}
      aria-labelledby={labelId}
      tabIndex={-1}
    >
      <span class="cm-number" aria-hidden="true">
        {number}
      </span>
      {expanded ? (
        <NoteCard note={note} meta={meta} matched={placement.matched} labelId={labelId} />
      ) : (
        <>
          <span class={`cm-badge cm-badge--${note.kind}`}>{kindLabel(note.kind, l)}</span>
          <p class="cm-paraphrase cm-paraphrase--short" id={labelId}>
            {l.note(note).paraphrase}
          </p>
          {/* Source, date and age belong to every note at a glance, not only to an opened one. */}
          <p class="cm-source">{sourceLine(meta, l)}</p>
        </>
      )}
      <button type="button" class="cm-more" aria-expanded={expanded} onClick={() => onToggle(note.id)}>
        {expanded ? l.ui('less') : l.ui('more')}
      </button>
    </article>
  );
}
