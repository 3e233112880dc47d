import { t } from '@/utils/i18n';
import { Toggle } from './Toggle';

/**
 * The sites where the extension is off, each with a button that turns it on there again, and the
 * opt-in to sync the list with the reader's browser account (off: it stays in this browser). Pure.
 */
export function SiteList(props: {
  sites: string[];
  synced: boolean;
  onChange(sites: string[]): void;
  onSync(synced: boolean): void;
}) {
  const { sites, onChange } = props;
  return (
    <details class="sites" data-testid="site-list">
      <summary>{t('settingSites', String(sites.length))}</summary>
      <Toggle
        id="setting-sync-sites"
        label="settingSyncSites"
        checked={props.synced}
        onToggle={props.onSync}
      />
      {sites.length === 0 ? (
        <p class="muted">{t('settingSitesEmpty')}</p>
      ) : (
        <ul>
          {sites.map((site) => (
            <li key={site}>
              <span class="site">{site}</span>
              <button
                type="button"
                class="link"
                aria-label={t('settingSiteRemoveLabel', site)}
                onClick={() => onChange(sites.filter((other) => other !== site))}
              >
                {t('settingSiteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
