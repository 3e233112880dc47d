import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NotesPanel } from '@/components/overlay/NotesPanel';
import { meta, placed, terms } from './overlay-fixtures';
import { useEnglishMessages } from './overlay-i18n';

// The panel's lists inside the overlay's real stylesheet, in a shadow root as in the page: a list
// keeps its bullets (drawn outside its content box) inside its own padding, not over the page.
const css = readFileSync('components/overlay/overlay.css', 'utf8');
let host: HTMLElement;
let mount: HTMLElement;
beforeEach(() => {
  useEnglishMessages();
  host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  mount = document.createElement('div');
  mount.className = 'cm-root';
  shadow.append(style, mount);
});
afterEach(() => {
  render(null, mount);
  host.remove();
});

describe('overlay.css: the notes panel lists', () => {
  it('indents the bulleted lists ("Why this page", terms) so their bullets stay inside the panel', async () => {
    await act(() =>
      render(
        <NotesPanel
          notes={placed(['territorial-defeat'])}
          terms={terms(['libya'])}
          detection={{ about: true, score: 12, language: 'en', reasons: ['ISIS ×2'] }}
          forced={false}
          meta={meta}
          onClose={vi.fn()}
          onGoToNote={vi.fn()}
          onOpenTerm={vi.fn()}
        />,
        mount,
      ),
    );
    for (const selector of ['.cm-reasons', '.cm-panel-terms']) {
      const list = mount.querySelector<HTMLElement>(selector);
      if (!list) throw new Error(`no ${selector}`);
      const style = getComputedStyle(list);
      expect(style.listStylePosition, selector).not.toBe('inside');
      expect(Number.parseFloat(style.paddingInlineStart || style.paddingLeft), selector).toBeGreaterThan(0);
    }
  });
});
