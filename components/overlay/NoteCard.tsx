import { formatDate } from '@/content/dates/dates';
import { frameText } from '@/content/dates/time-frame';
import type { Note } from '@/content/types';
import { t } from '@/utils/i18n';
import { kindLabel, type NoteMeta, sourceLine } from './note-meta';

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
  // How the matter turned out after an older article, or what the piece expected before a newer one.
  const frame = frameText(note, meta.source.published, meta.articleDate, meta.locale, t);
  return (
    <div class="cm-note-card">
      <span class={`cm-badge cm-badge--${note.kind}`}>{kindLabel(note.kind)}</span>
      <p class="cm-paraphrase" id={labelId}>
        {note.paraphrase}
      </p>
      {note.quotation && (
        <blockquote class="cm-quote" aria-label={t('overlayQuotationLabel')}>
          “{note.quotation}”
        </blockquote>
      )}
      <p class="cm-source">{sourceLine(meta)}</p>
      {frame && <p class="cm-frame">{frame}</p>}
      {note.referenceDates.length > 0 && (
        <div class="cm-dates">
          <p class="cm-subhead">{t('overlayReferenceDates')}</p>
          <ul>
            {note.referenceDates.map((d) => (
              <li key={`${d.event}-${d.date}`}>
                <time dateTime={d.date}>{formatDate(d.date, meta.locale)}</time> · {d.event}
              </li>
            ))}
          </ul>
        </div>
      )}
      {matched && matched.length > 0 && (
        <p class="cm-why">
          <span class="cm-subhead">{t('overlayWhyHere')}</span> {matched.join(', ')}
        </p>
      )}
    </div>
  );
}
