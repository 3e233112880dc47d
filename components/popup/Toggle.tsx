import { t } from '@/utils/i18n';

/** A labelled checkbox; `label` is a message key. */
export function Toggle(props: {
  id: string;
  label: string;
  checked: boolean;
  onToggle(value: boolean): void;
}) {
  return (
    <div class="toggle">
      <input
        id={props.id}
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onToggle((event.currentTarget as HTMLInputElement).checked)}
      />
      <label for={props.id}>{t(props.label)}</label>
    </div>
  );
}
