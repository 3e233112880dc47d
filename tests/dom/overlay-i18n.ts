// The real English strings for component tests, with `$1` and named placeholders filled in the way
// browser.i18n does, so that assertions read what a person reads.
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const english: Record<string, Entry> = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'));

export function englishMessage(key: string, subs?: string | string[]): string {
  const entry = english[key];
  if (!entry) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  const named = entry.message.replace(/\$([A-Za-z_]+)\$/g, (whole, name: string) => {
    return entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
  });
  return named.replace(/\$(\d)/g, (_, n) => list[Number(n) - 1] ?? '');
}

export function useEnglishMessages(): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(englishMessage as never);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => 'en-GB');
}

// One element per test file that every component test renders into, in the document (focus and
// events need it there) and emptied after each test: unmounting runs the components' cleanups, so
// no listener or timer leaks into the next test.
export function useEnglishContainer(): HTMLElement {
  const container = document.createElement('div');
  beforeEach(() => {
    useEnglishMessages();
    document.body.append(container);
  });
  afterEach(() => {
    render(null, container);
    container.remove();
  });
  return container;
}
