// The overlay app as the overlay script mounts it, for component tests: a session over a fixture page
// loaded into the test document, and a container on the root element, where the real host hangs.
// Both go after each test: unmounting runs the components' cleanups, aborting the session takes its
// highlights and watchers away, so nothing leaks into the next test.
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';
import type { OverlaySession } from '@/content/overlay/overlay-session';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { useEnglishMessages } from './overlay-i18n';
import { loadFixture } from './overlay-page';
import { beginSession } from './overlay-session-start';

export interface OverlayMount {
  /** The element the app renders into, a fresh one for each test. */
  readonly container: HTMLElement;
  /**
   * Loads `fixture` into the document and starts a session over it, in an English browser; resolves
   * once its first analysis is shown.
   */
  sessionFor(fixture: string, settings?: Settings): Promise<OverlaySession>;
}

export function useOverlayMount(): OverlayMount {
  let container: HTMLElement;
  let abort: AbortController;
  beforeEach(() => {
    useEnglishMessages();
    abort = new AbortController();
    container = document.createElement('div');
    document.documentElement.append(container);
  });
  afterEach(() => {
    render(null, container);
    container.remove();
    abort.abort();
  });
  return {
    get container() {
      return container;
    },
    async sessionFor(fixture, settings = DEFAULT_SETTINGS) {
      loadFixture(fixture);
      const session = beginSession(abort.signal, settings);
      await session.analysed();
      return session;
    },
  };
}
