import { reasonsLocaliser } from '@/content/i18n/popup-reasons';
import { localiseReason } from '@/content/i18n/reasons';
import { countText, t, uiLanguage } from '@/utils/i18n';
import type { TabStatus } from '@/utils/messages';
import type { TabView } from './tab-view';

export interface TabActions {
  onToggleOverlay(): void;
  onShowAnyway(): void;
  onDisableSite(hostname: string): void;
  onEnableSite(hostname: string): void;
}

interface PanelState {
  tab: TabView;
  busy: boolean;
  /** The settings let notes show (some kind on, a maximum above 0): else none is no fault of the page. */
  notesAllowed: boolean;
}

/** The current tab: what was found there and what can be done about it. Pure. */
export function TabStatusPanel({ tab, busy, notesAllowed, ...actions }: PanelState & TabActions) {
  return (
    <section class="panel" aria-labelledby="tab-heading" aria-busy={busy || tab.kind === 'loading'}>
      <h2 id="tab-heading" class="visually-hidden">
        {t('popupTabSection')}
      </h2>
      <div aria-live="polite" data-testid="tab-status" data-state={stateOf(tab)}>
        {tab.kind === 'loading' && <p class="muted">{t('statusChecking')}</p>}
        {tab.kind === 'not-web-page' && <Unreachable title="statusNotWebPage" hint="statusNotWebPageHint" />}
        {tab.kind === 'unavailable' && <Unreachable title="statusUnavailable" hint="statusUnavailableHint" />}
        {tab.kind === 'page' && (
          <PageStatus status={tab.status} busy={busy} notesAllowed={notesAllowed} {...actions} />
        )}
      </div>
    </section>
  );
}

function stateOf(tab: TabView): string {
  if (tab.kind !== 'page') return tab.kind;
  return tab.status.detection?.about ? 'detected' : 'not-detected';
}

function Unreachable({ title, hint }: { title: string; hint: string }) {
  return (
    <>
      <p class="verdict">{t(title)}</p>
      <p class="muted">{t(hint)}</p>
    </>
  );
}

function PageStatus({
  status,
  busy,
  notesAllowed,
  ...actions
}: Omit<PanelState, 'tab'> & { status: TabStatus } & TabActions) {
  const { detection, hostname } = status;
  const off = status.siteDisabled || status.enabled === false;
  return (
    <>
      <p class="verdict" data-testid="verdict">
        <span class={detection?.about ? 'dot dot-on' : 'dot'} aria-hidden="true" />
        {t(detection?.about ? 'statusDetected' : 'statusNotDetected')}
        {detection && (
          <span class="score">{t('statusScore', String(Math.round(detection.score * 10) / 10))}</span>
        )}
      </p>
      {detection && detection.reasons.length > 0 && (
        <ul class="reasons" aria-label={t('statusReasons')} data-testid="reasons">
          {detection.reasons.slice(0, 4).map((reason) => (
            <li key={reason}>{localiseReason(reason, reasonsLocaliser(uiLanguage()))}</li>
          ))}
        </ul>
      )}
      {/* The buttons come before the lines a click changes, so that what was clicked stays under the pointer. */}
      <div class="actions">
        {status.overlayLoaded ? (
          <button
            type="button"
            disabled={busy}
            onClick={actions.onToggleOverlay}
            data-testid="toggle-overlay"
          >
            {t(status.overlayVisible ? 'popupHideNotes' : 'popupShowNotes')}
          </button>
        ) : (
          <button type="button" disabled={busy} onClick={actions.onShowAnyway} data-testid="show-anyway">
            {t(detection?.about && !off ? 'popupShowNotes' : 'popupShowAnyway')}
          </button>
        )}
        {hostname && !status.siteDisabled && (
          <button
            type="button"
            disabled={busy}
            onClick={() => actions.onDisableSite(hostname)}
            data-testid="disable-site"
          >
            {t('popupDisableSite')}
          </button>
        )}
        {hostname && status.siteDisabled && (
          <button
            type="button"
            disabled={busy}
            onClick={() => actions.onEnableSite(hostname)}
            data-testid="enable-site"
          >
            {t('popupEnableSite')}
          </button>
        )}
      </div>
      {/* Lines of a stable height (see popup.css), so that the settings below stay where they were. */}
      <div class="status-lines" data-testid="status-lines">
        {status.overlayLoaded && (
          <p class="counts" data-testid="counts">
            {countText(status.notes, 'statusNotesPlacedOne', 'statusNotesPlaced')} ·{' '}
            {countText(status.terms, 'statusTermsHighlightedOne', 'statusTermsHighlighted')}
            {status.forced && ` · ${t('statusForced')}`}
            {!status.overlayVisible && ` · ${t('statusHidden')}`}
          </p>
        )}
        {status.overlayLoaded && status.notes === 0 && detection?.about && notesAllowed && (
          // "0 notes placed" alone reads as a fault: say why there is nothing to show (unless the
          // reader's own settings are why).
          <p class="muted" data-testid="no-notes">
            {t('statusNoNotes')}
          </p>
        )}
        {status.enabled === false && <p class="muted">{t('statusExtensionOff')}</p>}
        {status.siteDisabled && hostname && <p class="muted">{t('statusSiteOff', hostname)}</p>}
      </div>
    </>
  );
}
