import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupView, type PopupViewProps } from '@/components/popup/PopupView';
import { LANGUAGE_NAMES } from '@/content/i18n/languages';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { emptyTabStatus } from '@/utils/tab-status';

// The popup in the browser's language (here Arabic, from its own _locales file): its words, the
// detector's reasons, and the language setting that names each language in itself.
type Messages = Record<string, { message: string }>;
const arabic: Messages = JSON.parse(readFileSync('public/_locales/ar/messages.json', 'utf8'));

let container: HTMLElement;
beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return (arabic[key]?.message ?? '').replace(/\$(\d)/g, (_, n) => list[Number(n) - 1] ?? '');
  }) as never);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => 'ar');
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

function show(onSetting = vi.fn()) {
  const props: PopupViewProps = {
    tab: {
      kind: 'page',
      status: {
        ...emptyTabStatus(),
        detection: {
          about: true,
          score: 5.8,
          language: 'fr',
          reasons: ['“Daesh” ×6: headline, lead, 4 paragraphs', 'score 5.8 ≥ 3 (normal)'],
        },
        overlayLoaded: true,
        overlayVisible: true,
        notes: 3,
        terms: 2,
        hostname: 'news.example.com',
        enabled: true,
      },
    },
    settings: DEFAULT_SETTINGS,
    error: null,
    busy: false,
    shortcut: 'Alt+Shift+M',
    onSetting,
    onDismissError: vi.fn(),
    onToggleOverlay: vi.fn(),
    onShowAnyway: vi.fn(),
    onDisableSite: vi.fn(),
    onEnableSite: vi.fn(),
  };
  act(() => render(<PopupView {...props} />, container));
  return props;
}

describe('the popup in Arabic', () => {
  it('says its status and the reasons in Arabic, the page’s own spelling isolated', () => {
    show();
    expect(container.textContent).toContain(arabic.statusDetected?.message);
    const reasons = [...container.querySelectorAll('[data-testid="reasons"] li')].map((li) => li.textContent);
    const n = new Intl.NumberFormat('ar');
    expect(reasons[0]).toBe(`«\u2068Daesh\u2069» ×${n.format(6)}: العنوان، المقدمة، ${n.format(4)} فقرات`);
    expect(reasons[1]).toMatch(/^النتيجة .* \(عادية\)$/);
  });

  it('offers the notes’ language: the page’s, or each of the six named in itself', () => {
    const onSetting = vi.fn();
    show(onSetting);
    const select = container.querySelector<HTMLSelectElement>('#setting-language');
    if (!select) throw new Error('no language setting');
    const options = [...select.options].map((o) => [o.value, o.textContent]);
    expect(options).toEqual([
      ['auto', arabic.settingLanguageAuto?.message],
      ...Object.entries(LANGUAGE_NAMES),
    ]);
    select.value = 'es';
    act(() => {
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onSetting).toHaveBeenCalledWith('language', 'es');
  });
});
