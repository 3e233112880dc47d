import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { MAX_NOTES_RANGE } from '@/utils/settings-core/schema';

/** The entry as a note cap: a whole number in range, or null. */
function maxNotesOf(text: string): number | null {
  const n = Number(text);
  return /^\d+$/.test(text.trim()) && n >= MAX_NOTES_RANGE.min && n <= MAX_NOTES_RANGE.max ? n : null;
}

/** A number field that only reports whole numbers in range, and says so when the entry is not one. */
export function MaxNotesField({ value, onValid }: { value: number; onValid(v: number): void }) {
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  const valid = maxNotesOf(text) !== null;
  return (
    <div class="field">
      <label for="setting-max-notes">{t('settingMaxNotes')}</label>
      <input
        id="setting-max-notes"
        type="number"
        inputMode="numeric"
        min={MAX_NOTES_RANGE.min}
        max={MAX_NOTES_RANGE.max}
        step={1}
        value={text}
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : 'max-notes-error'}
        onInput={(event) => {
          const next = (event.currentTarget as HTMLInputElement).value;
          setText(next);
          const n = maxNotesOf(next);
          if (n !== null && n !== value) onValid(n);
        }}
      />
      {!valid && (
        <span id="max-notes-error" class="field-error">
          {t('settingMaxNotesInvalid', [String(MAX_NOTES_RANGE.min), String(MAX_NOTES_RANGE.max)])}
        </span>
      )}
    </div>
  );
}
