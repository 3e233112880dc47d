import { useMemo, useRef, useState } from 'preact/hooks';
import { chooseLanguage, localeFor } from '@/content/i18n/languages';
import { createLocaliser } from '@/content/i18n/localise';
import { noteById, source, termById } from '@/content/knowledge';
import type { OverlaySession } from '@/content/overlay/overlay-session';
import type { Note } from '@/content/types';
import { uiLanguage } from '@/utils/i18n';
import { LiveStatus } from './LiveStatus';
import { MarginRail } from './MarginRail';
import { NoteMarkers } from './NoteMarkers';
import { NotesPanel } from './NotesPanel';
import type { NoteMeta } from './note-meta';
import { TermPopover } from './TermPopover';
import { TermProxies } from './TermProxies';
import { Toolbar } from './Toolbar';
import { LocaliserContext, useLanguageTexts } from './use-localiser';
import { useStore } from './use-store';

export interface OverlayAppProps {
  session: OverlaySession;
  onHide(): void;
}

/** The connected root: reads the session's state and hands plain props to the pure components. */
export function OverlayApp({ session, onHide }: OverlayAppProps) {
  const state = useStore(session.state);
  const { analysis, geometry, settings, activeTerm } = state;
  const [panelOpen, setPanelOpen] = useState(false);
  const panelButton = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLElement>(null);
  // The page's language first, so that notes read like the article they sit in (see languages.ts).
  const language = chooseLanguage(
    settings.language,
    [state.detection?.language, state.reading?.language],
    uiLanguage(),
  );
  const texts = useLanguageTexts(language);
  const l = useMemo(() => createLocaliser(texts, localeFor(texts.language, uiLanguage())), [texts]);
  const meta = useMemo<NoteMeta>(
    () => ({ source, articleDate: state.reading?.published ?? null, locale: l.locale, now: new Date() }),
    [state.reading, l],
  );
  const term = activeTerm ? termById(activeTerm.termId) : undefined;
  const termNotes = (term?.notes ?? []).flatMap((id) => {
    const note = noteById(id);
    return note ? [note as Note] : [];
  });

  const openTerm = (termId: string, via: 'focus' | 'tap', scroll: boolean) => {
    const summary = analysis.terms.find((s) => s.term.id === termId);
    if (!summary) return;
    if (scroll) summary.first.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    session.openTerm({ termId, range: summary.first }, via);
  };
  const blurTerm = (termId: string) => {
    const current = session.state.get().activeTerm;
    if (current?.termId === termId && current.via === 'focus') session.closeTerm();
  };
  const goToNote = (noteId: string) => {
    const placed = analysis.notes.find((n) => n.note.id === noteId);
    placed?.placement.paragraph.scrollIntoView({ block: 'center' });
    requestAnimationFrame(() => {
      root.current?.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(noteId)}"]`)?.focus();
    });
  };
  const closePanel = () => {
    setPanelOpen(false);
    panelButton.current?.focus();
  };
  // Nothing until the notes and terms are found: no toolbar that says 0 notes, no status to announce.
  if (!state.ready) return null;

  return (
    // The page's `dir` and `lang` reach in through the host (`all: initial` keeps `direction`): our
    // words are in the overlay's language and go its way, whatever the article's. One landmark holds
    // all of ours, so that a screen reader finds it as content beside the article.
    <LocaliserContext.Provider value={l}>
      <aside
        class="cm-root"
        aria-label={l.ui('toolbarLabel')}
        data-theme={state.theme}
        dir={l.dir}
        lang={l.locale}
        ref={root}
      >
        <LiveStatus message={l.ui('statusOn', { count: analysis.notes.length })} />
        {settings.marginNotes && geometry.rail.mode === 'margin' && (
          <MarginRail
            notes={analysis.notes}
            anchors={geometry.anchors}
            left={geometry.rail.left}
            width={geometry.rail.width}
            meta={meta}
          />
        )}
        {settings.marginNotes && geometry.rail.mode === 'markers' && (
          <NoteMarkers notes={analysis.notes} anchors={geometry.anchors} meta={meta} />
        )}
        <Toolbar
          count={analysis.notes.length}
          side={geometry.toolbarSide}
          panelOpen={panelOpen}
          onTogglePanel={() => (panelOpen ? closePanel() : setPanelOpen(true))}
          onHide={onHide}
          panelButton={panelButton}
        />
        <TermProxies
          proxies={geometry.proxies}
          onFocusTerm={(termId) => openTerm(termId, 'focus', false)}
          onBlurTerm={blurTerm}
        />
        {activeTerm && term && (
          <TermPopover term={term} notes={termNotes} range={activeTerm.range} meta={meta} />
        )}
        {panelOpen && (
          <NotesPanel
            notes={analysis.notes}
            terms={analysis.terms}
            detection={state.detection}
            forced={state.forced}
            meta={meta}
            onClose={closePanel}
            onGoToNote={goToNote}
            onOpenTerm={(termId) => openTerm(termId, 'tap', true)}
          />
        )}
      </aside>
    </LocaliserContext.Provider>
  );
}
