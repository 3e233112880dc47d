import type { GlossaryTerm, Note } from '@/content/types';
import { kindLabel, type NoteMeta, sourceLine } from './note-meta';
import { useLocaliser } from './use-localiser';

export interface TermCardProps {
  term: GlossaryTerm;
  /** The piece's notes that use this term. */
  notes: readonly Note[];
  meta: NoteMeta;
  labelId: string;
}

/** What the piece argues about one term, the notes that use it, and how old the claim is. Pure. */
export function TermCard({ term, notes, meta, labelId }: TermCardProps) {
  const l = useLocaliser();
  const text = l.term(term);
  return (
    <div class="cm-term-card">
      <p class="cm-term-label" id={labelId}>
        {text.label}
      </p>
      <p class="cm-term-text">{text.card}</p>
      {notes.length > 0 && (
        <div class="cm-term-notes">
          <p class="cm-subhead">{l.ui('termNotes')}</p>
          <ul>
            {notes.map((note) => (
              <li key={note.id}>
                <span class={`cm-badge cm-badge--${note.kind}`}>{kindLabel(note.kind, l)}</span>{' '}
                {l.note(note).paraphrase}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p class="cm-source">{sourceLine(meta, l, false)}</p>
    </div>
  );
}
