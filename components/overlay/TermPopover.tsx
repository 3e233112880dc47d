import { useRef } from 'preact/hooks';
import type { GlossaryTerm, Note } from '@/content/types';
import type { NoteMeta } from './note-meta';
import { TermCard } from './TermCard';
import { useFloating } from './use-floating';

export interface TermPopoverProps {
  term: GlossaryTerm;
  notes: readonly Note[];
  range: Range;
  meta: NoteMeta;
}

/** The hover card of a term, in the top layer beside the term's text on the page. */
export function TermPopover({ term, notes, range, meta }: TermPopoverProps) {
  const card = useRef<HTMLDivElement>(null);
  useFloating(card, range);
  const labelId = `cm-term-card-${term.id}`;
  return (
    <div
      ref={card}
      class="cm-popover cm-term-popover"
      popover="manual"
      role="dialog"
      aria-labelledby={labelId}
      data-term-id={term.id}
    >
      <TermCard term={term} notes={notes} meta={meta} labelId={labelId} />
    </div>
  );
}
