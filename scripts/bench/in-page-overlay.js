// The overlay's start and first render as the overlay content script does it (session, then the
// Preact app in a shadow root on the root element, then attach), without WXT's `ctx`: the same
// modules, mounted the way `createShadowRootUi` mounts them, synchronously so that it can be timed.
import { h, render } from 'preact';

const HOST_NAME = 'context-margin';

/** English UI strings for `t()`, so that the components render real text rather than keys. */
export function provideMessages(messages) {
  const api = globalThis.chrome ?? {};
  globalThis.chrome = api;
  if (api.i18n?.getMessage) return;
  api.i18n = {
    getMessage: (key, substitutions) => {
      const entry = messages[key];
      if (!entry) return '';
      const values = [substitutions ?? []].flat();
      return entry.message.replace(/\$(\d)/g, (_, n) => values[Number(n) - 1] ?? '');
    },
    getUILanguage: () => 'en',
  };
}

/**
 * The least any first render costs: a host element, its shadow root and style sheet, and an empty
 * Preact render, then removed. No pipeline that shows anything can be cheaper; the bench prints it
 * beside the walk to show what `full_over_walk` is up against on small pages.
 */
export function emptyRender(css) {
  const host = document.createElement(HOST_NAME);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  shadow.append(style, container);
  document.documentElement.append(host);
  render(h('div', null), container);
  return () => {
    render(null, container);
    host.remove();
  };
}

export function overlayRenderer(mods) {
  return {
    /**
     * Starts a session on `gate` (the gate's findings) and renders the overlay; resolves to its
     * teardown once the notes and terms are shown. With `timeLayout`, also measures the page then, as
     * the session does in the next frame, and puts that pass's ms on the teardown as `layoutMs`
     * (it is not part of the time of `start`).
     */
    start(gate, { timeLayout = false } = {}) {
      const abort = new AbortController();
      const session = mods.overlaySession.createOverlaySession({
        doc: document,
        settings: mods.settings.DEFAULT_SETTINGS,
        gate,
        reader: mods.pageReader.modulePageReader,
        signal: abort.signal,
      });
      const host = document.createElement(HOST_NAME);
      const shadow = host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = mods.overlayCss.default;
      const container = document.createElement('div');
      shadow.append(style, container);
      document.documentElement.append(host);
      render(h(mods.overlayApp.OverlayApp, { session, onHide: () => {} }), container);
      session.attach(host);
      const teardown = () => {
        abort.abort();
        render(null, container);
        host.remove();
      };
      // The notes and terms come in later tasks (see in-slices.ts): done when they are shown.
      return session.analysed().then(() => {
        if (timeLayout) {
          const begun = performance.now();
          session.relayout();
          teardown.layoutMs = performance.now() - begun;
        }
        return teardown;
      });
    },
  };
}
