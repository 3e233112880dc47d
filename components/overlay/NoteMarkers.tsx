import { useRef, useState } from 'preact/hooks';
import type { NoteAnchor } from '@/content/layout/overlay-geometry';
import type { PlacedNote } from '@/content/overlay/overlay-analysis';
import { NoteCard } from './NoteCard';
import type { NoteMeta } from './note-meta';
import { useFloating } from './use-floating';
import { useLocaliser } from './use-localiser';

export interface NoteMarkersProps {
  notes: readonly PlacedNote[];
  anchors: readonly NoteAnchor[];
  meta: NoteMeta;
}

/** Narrow windows: a numbered marker by each paragraph (see marker-place.ts) opens that note as a card. */
export function NoteMarkers({ notes, anchors, meta }: NoteMarkersProps) {
  const l = useLocaliser();
  const [open, setOpen] = useState<{ noteId: string; marker: HTMLElement } | null>(null);
  const anchorOf = new Map(anchors.map((a) => [a.noteId, a]));
  const close = (returnFocus: boolean) => {
    if (returnFocus) open?.marker.focus();
    setOpen(null);
  };
  const openNote = notes.find((n) => n.note.id === open?.noteId);
  return (
    <div class="cm-markers">
      {notes.map((placed) => {
        const anchor = anchorOf.get(placed.note.id);
        if (!anchor) return null;
        const isOpen = open?.noteId === placed.note.id;
        return (
          <button
            key={placed.note.id}
            type="button"
            class="cm-marker"
            data-note-id={placed.note.id}
            style={{ left: `${anchor.markerLeft}px`, top: `${anchor.markerTop}px` }}
            aria-expanded={isOpen}
            aria-label={l.ui('markerLabel', { number: placed.number })}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && isOpen) close(true);
            }}
            onClick={(event) =>
              isOpen ? close(false) : setOpen({ noteId: placed.note.id, marker: event.currentTarget })
            }
          >
            {placed.number}
          </button>
        );
      })}
      {open && openNote && (
        <MarkerCard placed={openNote} meta={meta} marker={open.marker} onClose={() => close(true)} />
      )}
    </div>
  );
}

function MarkerCard(props: { placed: PlacedNote; meta: NoteMeta; marker: HTMLElement; onClose(): void }) {
  const l = useLocaliser();
  const card = useRef<HTMLDivElement>(null);
  useFloating(card, props.marker);
  const labelId = `cm-marker-card-${props.placed.note.id}`;
  return (
    <div
      ref={card}
      class="cm-popover cm-marker-card"
      popover="manual"
      role="dialog"
      aria-labelledby={labelId}
      data-card-note-id={props.placed.note.id}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onClose();
      }}
    >
      <NoteCard
        note={props.placed.note}
        meta={props.meta}
        matched={props.placed.placement.matched}
        labelId={labelId}
      />
      <button type="button" class="cm-close" onClick={props.onClose}>
        {l.ui('close')}
      </button>
    </div>
  );
}
