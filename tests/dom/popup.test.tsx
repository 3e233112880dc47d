import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupView, type PopupViewProps } from '@/components/popup/PopupView';
import type { TabView } from '@/components/popup/tab-view';
import type { TabStatus } from '@/utils/messages';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { emptyTabStatus } from '@/utils/tab-status';

type Messages = Record<string, { message: string }>;
const english: Messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'));

const detected: TabStatus = {
  ...emptyTabStatus(),
  detection: {
    about: true,
    score: 17.25,
    language: 'en',
    reasons: ['“Islamic State” ×6: headline, lead', 'ISIS ×3'],
  },
  overlayLoaded: true,
  overlayVisible: true,
  notes: 5,
  terms: 12,
  hostname: 'news.example.com',
  enabled: true,
};
const undetected: TabStatus = {
  ...emptyTabStatus(),
  detection: { about: false, score: 0, language: 'en', reasons: ['no Islamic State names in the headline'] },
  hostname: 'shop.example.org',
  enabled: true,
};

let container: HTMLElement;
beforeEach(() => {
  // The real English strings, with $1… substitutions, so the tests read what a person reads.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return (english[key]?.message ?? '').replace(/\$(\d)/g, (_, n) => list[Number(n) - 1] ?? '');
  }) as never);
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

function show(overrides: Partial<PopupViewProps> = {}) {
  const props: PopupViewProps = {
    tab: { kind: 'page', status: detected },
    settings: DEFAULT_SETTINGS,
    error: null,
    busy: false,
    shortcut: 'Alt+Shift+M',
    onSetting: vi.fn(),
    onDismissError: vi.fn(),
    onToggleOverlay: vi.fn(),
    onShowAnyway: vi.fn(),
    onDisableSite: vi.fn(),
    onEnableSite: vi.fn(),
    ...overrides,
  };
  act(() => render(<PopupView {...props} />, container));
  return props;
}

const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector(selector) as T;
const byLabel = (text: string) => {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  if (!label) throw new Error(`no label "${text}"`);
  return (
    label.htmlFor ? container.querySelector(`#${label.htmlFor}`) : label.querySelector('input')
  ) as HTMLInputElement;
};
const click = (element: Element) => act(() => (element as HTMLElement).click());
const choose = (select: HTMLSelectElement, value: string) =>
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
const type = (input: HTMLInputElement, value: string) =>
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });

describe('PopupView: the tab status', () => {
  it('shows a detected page with its score, reasons and counts', () => {
    show();
    expect($('[data-testid="tab-status"]').dataset.state).toBe('detected');
    expect($('[data-testid="verdict"]').textContent).toContain('About the Islamic State');
    expect($('[data-testid="verdict"]').textContent).toContain('score 17.3');
    expect([...container.querySelectorAll('[data-testid="reasons"] li')].map((li) => li.textContent)).toEqual(
      detected.detection?.reasons,
    );
    expect($('[data-testid="counts"]').textContent).toBe('5 notes placed · 12 terms highlighted');
    expect($('[data-testid="toggle-overlay"]').textContent).toBe('Hide notes');
  });

  it('says "1 note placed" and "1 term highlighted" for one of each', () => {
    show({ tab: { kind: 'page', status: { ...detected, notes: 1, terms: 1 } } });
    expect($('[data-testid="counts"]').textContent).toBe('1 note placed · 1 term highlighted');
  });

  it('explains a detected page where no note matched a paragraph, and only then', () => {
    show({ tab: { kind: 'page', status: { ...detected, notes: 0, terms: 3 } } });
    expect($('[data-testid="counts"]').textContent).toBe('0 notes placed · 3 terms highlighted');
    expect($('[data-testid="no-notes"]').textContent).toBe(english.statusNoNotes?.message);
    show();
    expect(container.querySelector('[data-testid="no-notes"]')).toBeNull();
  });

  it('does not blame the article when the settings are why there are no notes', () => {
    const none = { tab: { kind: 'page', status: { ...detected, notes: 0, terms: 3 } } } as const;
    const kindsOff = { argument: false, claim: false, prediction: false };
    show({ ...none, settings: { ...DEFAULT_SETTINGS, kinds: kindsOff } });
    expect(container.querySelector('[data-testid="no-notes"]')).toBeNull();
    show({ ...none, settings: { ...DEFAULT_SETTINGS, maxNotes: 0 } });
    expect(container.querySelector('[data-testid="no-notes"]')).toBeNull();
  });

  it('offers "show anyway" on a page that was not detected', () => {
    const props = show({ tab: { kind: 'page', status: undetected } });
    expect($('[data-testid="verdict"]').textContent).toContain('Not about the Islamic State');
    expect($('[data-testid="toggle-overlay"]')).toBeNull();
    click($('[data-testid="show-anyway"]'));
    expect(props.onShowAnyway).toHaveBeenCalledOnce();
  });

  it('turns the site off, and on again once it is off', () => {
    const props = show();
    click($('[data-testid="disable-site"]'));
    expect(props.onDisableSite).toHaveBeenCalledWith('news.example.com');
    const off = show({ tab: { kind: 'page', status: { ...undetected, siteDisabled: true } } });
    expect(container.textContent).toContain('Turned off on shop.example.org.');
    click($('[data-testid="enable-site"]'));
    expect(off.onEnableSite).toHaveBeenCalledWith('shop.example.org');
  });

  it('keeps its buttons where they were clicked: what a click changes comes below them', () => {
    const linesAbove = () => {
      const actions = $('.actions');
      const above = [...container.querySelectorAll('[data-testid="tab-status"] > *')].filter(
        (element) => element.compareDocumentPosition(actions) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      return above.map((element) => element.outerHTML);
    };
    show();
    const before = linesAbove();
    show({ tab: { kind: 'page', status: { ...detected, overlayVisible: false, forced: true } } });
    expect(linesAbove()).toEqual(before);
    show({ tab: { kind: 'page', status: { ...detected, overlayLoaded: false, siteDisabled: true } } });
    expect(linesAbove()).toEqual(before);
    expect(container.textContent).toContain('Turned off on news.example.com.');
    show({ tab: { kind: 'page', status: { ...detected, overlayLoaded: false, enabled: false } } });
    expect(linesAbove()).toEqual(before);
  });

  it('toggles the overlay and says when notes are hidden or forced', () => {
    const props = show({
      tab: { kind: 'page', status: { ...detected, overlayVisible: false, forced: true } },
    });
    expect($('[data-testid="counts"]').textContent).toContain('shown on request');
    expect($('[data-testid="counts"]').textContent).toContain('hidden');
    click($('[data-testid="toggle-overlay"]'));
    expect(props.onToggleOverlay).toHaveBeenCalledOnce();
  });

  it.each([
    [{ kind: 'not-web-page' }, 'Not a web page'],
    [{ kind: 'unavailable' }, 'Not available here'],
    [{ kind: 'loading' }, 'Checking this page…'],
  ] as [TabView, string][])('explains a tab it cannot work on: %j', (tab, text) => {
    show({ tab });
    expect($('[data-testid="tab-status"]').textContent).toContain(text);
    expect(container.querySelector('[data-testid="show-anyway"], [data-testid="disable-site"]')).toBeNull();
  });

  it('disables the actions while one is running', () => {
    show({ busy: true });
    expect($<HTMLButtonElement>('[data-testid="toggle-overlay"]').disabled).toBe(true);
  });
});

describe('PopupView: the settings form', () => {
  it('labels every control', () => {
    show();
    const controls = [...container.querySelectorAll('input, select, button')] as HTMLInputElement[];
    expect(controls.length).toBeGreaterThan(10);
    for (const control of controls) {
      const name =
        control.labels?.[0]?.textContent || control.getAttribute('aria-label') || control.textContent;
      expect(name?.trim(), control.outerHTML).toBeTruthy();
    }
  });

  it('reports each change with its key and value', () => {
    const props = show({ settings: { ...DEFAULT_SETTINGS, disabledSites: ['example.com', 'other.org'] } });
    click(byLabel('Turn on Context Margin'));
    click(byLabel('Strict'));
    click(byLabel('Dated claims'));
    click(byLabel('Highlight key terms'));
    click(byLabel('Side notes'));
    choose(byLabel('Theme') as unknown as HTMLSelectElement, 'dark');
    type(byLabel('Notes per article'), '5');
    click($('button[aria-label="Turn Context Margin on again for example.com"]'));
    expect((props.onSetting as ReturnType<typeof vi.fn>).mock.calls).toEqual([
      ['enabled', false],
      ['sensitivity', 'strict'],
      ['kinds', { argument: true, claim: false, prediction: true }],
      ['highlights', false],
      ['marginNotes', false],
      ['theme', 'dark'],
      ['maxNotes', 5],
      ['disabledSites', ['other.org']],
    ]);
  });

  it.each(['0', '21', '2.5', '', 'x'])('does not save %j notes per article and says why', (value) => {
    const props = show();
    type(byLabel('Notes per article'), value);
    expect(props.onSetting).not.toHaveBeenCalled();
    expect(byLabel('Notes per article').getAttribute('aria-invalid')).toBe('true');
    expect(container.textContent).toContain('A whole number from 1 to 20');
  });

  it('shows the stored values', () => {
    show({
      settings: { ...DEFAULT_SETTINGS, enabled: false, sensitivity: 'broad', maxNotes: 3, theme: 'light' },
    });
    expect(byLabel('Turn on Context Margin').checked).toBe(false);
    expect(byLabel('Broad').checked).toBe(true);
    expect(byLabel('Notes per article').value).toBe('3');
    expect((byLabel('Theme') as unknown as HTMLSelectElement).value).toBe('light');
    expect($('[data-testid="site-list"] summary').textContent).toBe('Sites where it is off (0)');
  });

  it('shows a failed save as an alert that can be dismissed', () => {
    const props = show({
      error: 'Could not save this change (quota exceeded). The previous setting is kept.',
    });
    expect($('[role="alert"]').textContent).toContain('quota exceeded');
    click($('[role="alert"] button'));
    expect(props.onDismissError).toHaveBeenCalledOnce();
  });

  it('follows the theme setting', () => {
    show({ settings: { ...DEFAULT_SETTINGS, theme: 'dark' } });
    expect($('[data-testid="popup"]').dataset.theme).toBe('dark');
  });

  it('shows no raw message key anywhere', () => {
    show({ settings: { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] } });
    expect(container.textContent).not.toMatch(/\b(popup|setting|status)[A-Z]\w+/);
  });
});
