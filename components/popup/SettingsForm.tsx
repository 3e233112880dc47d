import type { NoteKind } from '@/content/types';
import { t } from '@/utils/i18n';
import type { SettingKey, Settings } from '@/utils/settings';
import { NOTE_KINDS, SENSITIVITIES, THEMES } from '@/utils/settings-core/schema';
import { MaxNotesField } from './MaxNotesField';
import { SiteList } from './SiteList';
import { Toggle } from './Toggle';

export type ChangeSetting = <K extends SettingKey>(key: K, value: Settings[K]) => void;

const KIND_LABELS: Record<NoteKind, string> = {
  argument: 'settingKindArgument',
  claim: 'settingKindClaim',
  prediction: 'settingKindPrediction',
};
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Every setting as a labelled control. Pure: shows `settings`, reports each change through `onChange`. */
export function SettingsForm({ settings, onChange }: { settings: Settings; onChange: ChangeSetting }) {
  return (
    <form
      class="panel settings"
      aria-labelledby="settings-heading"
      onSubmit={(event) => event.preventDefault()}
    >
      <h2 id="settings-heading" class="section-title">
        {t('popupSettingsSection')}
      </h2>
      <Toggle
        id="setting-enabled"
        label="settingEnabled"
        checked={settings.enabled}
        onToggle={(v) => onChange('enabled', v)}
      />

      <fieldset class="row-group">
        <legend>{t('settingSensitivity')}</legend>
        <div class="segmented">
          {SENSITIVITIES.map((level) => (
            <label key={level}>
              <input
                type="radio"
                name="sensitivity"
                value={level}
                checked={settings.sensitivity === level}
                onChange={() => onChange('sensitivity', level)}
              />
              <span>{t(`settingSensitivity${capitalised(level)}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset class="row-group">
        <legend>{t('settingKinds')}</legend>
        <div class="checks">
          {NOTE_KINDS.map((kind) => (
            <Toggle
              key={kind}
              id={`setting-kind-${kind}`}
              label={KIND_LABELS[kind]}
              checked={settings.kinds[kind]}
              onToggle={(v) => onChange('kinds', { ...settings.kinds, [kind]: v })}
            />
          ))}
        </div>
      </fieldset>

      <fieldset class="row-group checks">
        <legend class="visually-hidden">{t('settingDisplay')}</legend>
        <Toggle
          id="setting-highlights"
          label="settingHighlights"
          checked={settings.highlights}
          onToggle={(v) => onChange('highlights', v)}
        />
        <Toggle
          id="setting-margin"
          label="settingMarginNotes"
          checked={settings.marginNotes}
          onToggle={(v) => onChange('marginNotes', v)}
        />
      </fieldset>

      <div class="pair">
        <MaxNotesField value={settings.maxNotes} onValid={(v) => onChange('maxNotes', v)} />
        <div class="field">
          <label for="setting-theme">{t('settingTheme')}</label>
          <select
            id="setting-theme"
            value={settings.theme}
            onChange={(event) =>
              onChange('theme', (event.currentTarget as HTMLSelectElement).value as Settings['theme'])
            }
          >
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {t(`settingTheme${capitalised(theme)}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <SiteList
        sites={settings.disabledSites}
        synced={settings.syncSites}
        onChange={(sites) => onChange('disabledSites', sites)}
        onSync={(synced) => onChange('syncSites', synced)}
      />
    </form>
  );
}
