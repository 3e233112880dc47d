import { t } from '@/utils/i18n';

/** The sites where the extension is off, each with a button that turns it on there again. Pure. */
export function SiteList({ sites, onChange }: { sites: string[]; onChange(sites: string[]): void }) {
  return (
    <details class="sites" data-testid="site-list">
      <summary>{t('settingSites', String(sites.length))}</summary>
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
