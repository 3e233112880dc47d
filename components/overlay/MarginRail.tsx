import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { NoteAnchor } from '@/content/layout/overlay-geometry';
import { stackNotes } from '@/content/layout/stack-notes';
import type { PlacedNote } from '@/content/overlay/overlay-analysis';
import type { NoteMeta } from './note-meta';
import { SideNote } from './SideNote';
import { useLocaliser } from './use-localiser';

export interface MarginRailProps {
  notes: readonly PlacedNote[];
  anchors: readonly NoteAnchor[];
  left: number;
  width: number;
  meta: NoteMeta;
}

const GAP = 8;

/** The top of the document in the rail's coordinates: no note may sit where no scroll can reach. */
function documentTopIn(rail: HTMLElement): number {
  const top = rail.getBoundingClientRect().top + (rail.ownerDocument.defaultView?.scrollY ?? 0);
  return Number.isFinite(top) ? Math.ceil(-top) : 0;
}

/** The notes in the margin, each level with its paragraph, pushed apart so that none overlap. */
export function MarginRail({ notes, anchors, left, width, meta }: MarginRailProps) {
  const l = useLocaliser();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const rail = useRef<HTMLDivElement>(null);
  const anchorOf = new Map(anchors.map((a) => [a.noteId, a]));
  const shown = notes.filter((n) => anchorOf.has(n.note.id));

  // Heights are only known once rendered, so the push-apart runs after each render and on resize,
  // writing positions straight to the elements it measured.
  const closedHeights = useRef(new Map<string, number>());
  const restack = useCallback(() => {
    const root = rail.current;
    if (!root) return;
    const elements = [...root.querySelectorAll<HTMLElement>('[data-note-id]')];
    const items = elements.flatMap((el) => {
      const anchor = anchors.find((a) => a.noteId === el.dataset.noteId);
      if (!anchor) return [];
      // Read from the element, not from state: a resize callback may still hold an older render.
      const open = el.classList.contains('cm-side-note--open');
      const height = el.offsetHeight;
      // An open note is placed by the height it had closed, so that opening it moves nothing above.
      if (!open) closedHeights.current.set(anchor.noteId, height);
      const closedHeight = closedHeights.current.get(anchor.noteId) ?? height;
      return [{ id: anchor.noteId, anchorTop: anchor.top, height, open, closedHeight }];
    });
    const placed = stackNotes(items, { gap: GAP, minTop: documentTopIn(root) });
    const tops = new Map(placed.map((p) => [p.id, p.top]));
    for (const el of elements) {
      const top = tops.get(el.dataset.noteId ?? '');
      if (top !== undefined) el.style.top = `${Math.round(top)}px`;
    }
  }, [anchors]);

  useLayoutEffect(restack);

  useEffect(() => {
    const root = rail.current;
    if (!root || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() => restack());
    for (const el of root.querySelectorAll('[data-note-id]')) observer.observe(el);
    return () => observer.disconnect();
  }, [restack, shown.length]);

  const toggle = (noteId: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (!next.delete(noteId)) next.add(noteId);
      return next;
    });

  return (
    <section
      class="cm-rail"
      ref={rail}
      style={{ left: `${left}px`, width: `${width}px` }}
      aria-label={l.ui('railLabel')}
    >
      {shown.map((placed) => (
        <SideNote
          key={placed.note.id}
          placed={placed}
          meta={meta}
          anchorTop={anchorOf.get(placed.note.id)?.top ?? 0}
          expanded={expanded.has(placed.note.id)}
          onToggle={toggle}
        />
      ))}
    </section>
  );
}
