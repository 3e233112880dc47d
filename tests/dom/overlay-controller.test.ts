import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { modulePageReader } from '@/content/gate/page-reader';
import { createOverlayController, type MountedUi } from '@/content/overlay/overlay-controller';
import type { OverlaySession } from '@/content/overlay/overlay-session';
import type { TabStatus } from '@/utils/messages';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { loadFixture, replaceArticle } from './overlay-page';

let published: TabStatus[];
const controllers: ReturnType<typeof createOverlayController>[] = [];
afterEach(() => {
  for (const c of controllers.splice(0)) c.destroy();
});
let mounted: {
  session: OverlaySession;
  hide: () => void;
  ui: MountedUi & { remove: ReturnType<typeof vi.fn> };
}[];

beforeEach(() => {
  for (const host of document.querySelectorAll('context-margin')) host.remove();
  loadFixture('is-article-en.html');
  published = [];
  mounted = [];
});

function controller(mountDelay?: Promise<void>) {
  const created = createOverlayController({
    doc: document,
    reader: modulePageReader,
    gate: () => undefined,
    settings: DEFAULT_SETTINGS,
    async mount(session, hide) {
      await mountDelay;
      const host = document.createElement('context-margin');
      document.documentElement.append(host);
      const ui = { host, remove: vi.fn(() => host.remove()) };
      mounted.push({ session, hide, ui });
      return ui;
    },
    publish: (status) => published.push(status),
  });
  controllers.push(created);
  return created;
}

const last = () => published[published.length - 1];

describe('createOverlayController', () => {
  it('shows: starts a session, mounts once and reports the notes to the background', async () => {
    const c = controller();
    c.setVisible(true);
    c.setVisible(true);
    await vi.waitFor(() => expect(mounted.length).toBe(1));
    const notes = mounted[0]?.session.state.get().analysis.notes.length ?? 0;
    expect(notes).toBeGreaterThan(0);
    expect(c.status()).toMatchObject({ overlayVisible: true, notes });
    expect(last()).toMatchObject({ overlayLoaded: true, overlayVisible: true, notes, forced: false });
    expect(last()?.detection?.about).toBe(true);
  });

  it('toggles off: removes the UI and every highlight, leaving the page as it was', async () => {
    const before = document.documentElement.outerHTML;
    const c = controller();
    c.setVisible('toggle');
    await vi.waitFor(() => expect(mounted.length).toBe(1));
    c.setVisible('toggle');
    expect(mounted[0]?.ui.remove).toHaveBeenCalledOnce();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('keeps what it found while hidden, so that the popup does not report a page without notes', async () => {
    const c = controller();
    c.setVisible(true);
    await vi.waitFor(() => expect(mounted[0]?.session.state.get().analysis.notes.length).toBeGreaterThan(0));
    const shown = c.status();
    c.setVisible(false);
    expect(c.status()).toEqual({ ...shown, overlayVisible: false });
    expect(last()).toMatchObject({ overlayVisible: false, notes: shown.notes, terms: shown.terms });
    // A new article: what was found on the old one is no longer said.
    replaceArticle(['The council approved new cycle lanes on the ring road.'], 'Cycle lanes approved');
    c.navigated();
    expect(c.status()).toEqual({ overlayVisible: false, notes: 0, terms: 0 });
  });

  it('drops a UI that finishes mounting after the overlay was hidden again', async () => {
    let release = () => {};
    const c = controller(new Promise<void>((ok) => (release = ok)));
    c.setVisible(true);
    c.setVisible(false);
    release();
    await vi.waitFor(() => expect(mounted.length).toBe(1));
    await vi.waitFor(() => expect(mounted[0]?.ui.remove).toHaveBeenCalled());
    expect(document.querySelector('context-margin')).toBeNull();
  });

  it('the toolbar hide callback, settings turning the extension off and destroy all hide it', async () => {
    const c = controller();
    c.setVisible(true);
    await vi.waitFor(() => expect(mounted.length).toBe(1));
    mounted[0]?.hide();
    expect(c.status().overlayVisible).toBe(false);
    c.setVisible(true);
    await vi.waitFor(() => expect(mounted.length).toBe(2));
    c.updateSettings({ ...DEFAULT_SETTINGS, enabled: false });
    expect(c.status().overlayVisible).toBe(false);
    c.destroy();
    expect(last()?.overlayLoaded).toBe(false);
    c.setVisible(true);
    expect(c.status().overlayVisible).toBe(false);
  });

  it('after a navigation starts again on a new article, and stays away from one not about IS', async () => {
    const c = controller();
    c.setVisible(true);
    await vi.waitFor(() => expect(mounted.length).toBe(1));
    replaceArticle(
      [
        'Smugglers who move migrants across the Mediterranean could carry Islamic State militants, officials said.',
        'Libya, from Sirte to Tripoli, lies close to southern Europe, and the Islamic State once held Sirte.',
      ],
      'Islamic State looks to Libya',
    );
    c.navigated();
    await vi.waitFor(() => expect(mounted.length).toBe(2));
    expect(mounted[1]?.session.state.get().analysis.notes.map((n) => n.note.id)).toContain('libya-gateway');
    replaceArticle(
      ['The council approved new cycle lanes on the ring road after a long debate.'],
      'Cycle lanes approved',
    );
    c.navigated();
    expect(c.status().overlayVisible).toBe(false);
    expect(last()?.detection?.about).toBe(false);
    expect(mounted.length).toBe(2);
  });

  it('after a navigation to a page still rendering, shows once the new article arrives', async () => {
    const c = controller();
    c.setVisible(true);
    await vi.waitFor(() => expect(mounted.length).toBe(1));
    replaceArticle([], 'Loading…');
    c.navigated();
    expect(c.status().overlayVisible).toBe(false);
    replaceArticle(
      [
        'Islamic State fighters are fleeing south along the Euphrates towards the Iraqi border, officials said.',
        'The Islamic State has been weakened but not defeated, commanders warn, after the fall of Raqqa and Mosul.',
      ],
      'Islamic State fighters flee towards the Iraqi border',
    );
    await vi.waitFor(() => expect(mounted.length).toBe(2), { timeout: 3000 });
    expect(c.status().overlayVisible).toBe(true);
  });
});
