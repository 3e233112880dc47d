import { formatDate } from '@/content/dates/dates';
import { frameText } from '@/content/dates/time-frame';
import type { Note } from '@/content/types';
import { kindLabel, type NoteMeta, sourceLine } from './note-meta';
import { useLocaliser } from './use-localiser';

export interface NoteCardProps {
  note: Note;
  meta: NoteMeta;
  /** The paragraph's words that matched the note's cues ("why here"); absent outside the page. */
  matched?: readonly string[];
  /** Id of the paraphrase, so a container can point aria-labelledby at it. */
  labelId?: string;
}

/** The whole of one note. Pure: everything comes from props, text is rendered as text. */
export function NoteCard({ note, meta, matched, labelId }: NoteCardProps) {
  const l = useLocaliser();
  const text = l.note(note);
  // How the matter turned out after an older article, or what the piece expected before a newer one.
  const frame = frameText(
    note,
    meta.source.published,
    meta.articleDate,
    meta.locale,
    (key, values) => l.ui(key, values),
    (event) => l.event(event),
  );
  return (
    <div class="cm-note-card">
      <span class={`cm-badge cm-badge--${note.kind}`}>{kindLabel(note.kind, l)}</span>
      <p class="cm-paraphrase" id={labelId}>
        {text.paraphrase}
      </p>
      {text.quotation && (
        // The piece's own words stay in English, marked as such; a translation is labelled as ours.
        <blockquote
          class="cm-quote"
          aria-label={l.ui(text.translation ? 'quotationInEnglish' : 'quotationLabel')}
        >
          {/* Isolated, so that English words keep their order inside an Arabic card. */}
          <bdi lang="en">“{text.quotation}”</bdi>
        </blockquote>
      )}
      {text.translation && (
        <p class="cm-quote-translation">
          <span class="cm-subhead">{l.ui('ourTranslation')}</span>{' '}
          {l.ui('quoted', { text: text.translation })}
        </p>
      )}
      <p class="cm-source">{sourceLine(meta, l)}</p>
      {frame && <p class="cm-frame">{frame}</p>}
      {note.referenceDates.length > 0 && (
        <div class="cm-dates">
          <p class="cm-subhead">{l.ui('referenceDates')}</p>
          <ul>
            {note.referenceDates.map((d) => (
              <li key={`${d.event}-${d.date}`}>
                <time dateTime={d.date}>{formatDate(d.date, meta.locale)}</time> · {l.event(d)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {matched && matched.length > 0 && (
        <p class="cm-why">
          <span class="cm-subhead">{l.ui('whyHere')}</span>{' '}
          {/* The page's own words, each isolated: their direction is the page's, not ours. */}
          {matched.map((word, i) => (
            <>
              {i > 0 && ', '}
              <bdi>{word}</bdi>
            </>
          ))}
        </p>
      )}
    </div>
  );
}
