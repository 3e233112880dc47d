import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isSiteDisabled } from '@/utils/settings';
import { isHostListed, normaliseSite, withoutSite, withSite } from '@/utils/site';

describe('normaliseSite', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM  ', 'example.com'],
    ['www.example.com', 'example.com'],
    ['https://www.example.com/news/2024?x=1#top', 'example.com'],
    ['http://news.example.com:8080/', 'news.example.com'],
    ['*.example.com', 'example.com'],
    ['example.com.', 'example.com'],
    ['example.com/path', 'example.com'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['bücher.de', 'xn--bcher-kva.de'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseSite(input)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'not a host',
    'exa mple.com',
    '???',
    'http://',
    'javascript:alert(1)',
    '.',
    'a'.repeat(3000),
  ])('rejects %j', (input) => {
    expect(normaliseSite(input)).toBeNull();
  });
});

describe('isSiteDisabled', () => {
  const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com', 'blog.other.org'] };

  it('covers the site itself, www. and every subdomain', () => {
    for (const host of [
      'example.com',
      'www.example.com',
      'news.example.com',
      'a.b.example.com',
      'EXAMPLE.com.',
    ]) {
      expect(isSiteDisabled(host, settings)).toBe(true);
    }
  });

  it('does not cover look-alikes, parents or siblings', () => {
    for (const host of ['badexample.com', 'example.com.evil.net', 'other.org', 'www.other.org', 'com', '']) {
      expect(isSiteDisabled(host, settings)).toBe(false);
    }
    expect(isSiteDisabled('blog.other.org', settings)).toBe(true);
  });

  it('is false with no sites', () => {
    expect(isSiteDisabled('example.com', DEFAULT_SETTINGS)).toBe(false);
  });
});

describe('withSite / withoutSite', () => {
  it('adds the normalised host once', () => {
    expect(withSite([], 'www.example.com')).toEqual(['example.com']);
    expect(withSite(['example.com'], 'example.com')).toEqual(['example.com']);
    expect(withSite(['a.org'], 'not a host')).toEqual(['a.org']);
  });

  it('removes every entry that covers the host, and only those', () => {
    expect(withoutSite(['example.com', 'news.example.com', 'other.org'], 'news.example.com')).toEqual([
      'other.org',
    ]);
    expect(isHostListed('news.example.com', withoutSite(['example.com'], 'news.example.com'))).toBe(false);
  });
});

describe('normaliseSite on odd input', () => {
  it.each([
    ['[::1]', '[::1]'],
    ['http://[2001:db8::1]:8080/x', '[2001:db8::1]'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['my_host.local', 'my_host.local'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseSite(input)).toBe(expected);
  });

  it.each(['a..b.com', '-', '_', `${'a'.repeat(63)}.`.repeat(5), 'exa<mple.com', 'user@', 'https://'])(
    'rejects %j',
    (input) => {
      expect(normaliseSite(input)).toBeNull();
    },
  );
});
