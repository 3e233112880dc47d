import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Project-wide rules that a linter cannot express cleanly: page text never reaches markup sinks,
// nothing evaluates strings as code, and the extension API comes from one place.
const SOURCE_DIRS = ['content', 'components', 'entrypoints', 'utils'];

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|js|mjs)$/.test(name) ? [path] : [];
  });
}

const files = SOURCE_DIRS.flatMap(sourceFiles).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

const RULES: { name: string; pattern: RegExp; why: string }[] = [
  {
    name: 'innerHTML',
    pattern: /\.(inner|outer)HTML\s*=|insertAdjacentHTML|document\.write\(/,
    why: 'markup sink',
  },
  { name: 'dangerouslySetInnerHTML', pattern: /dangerouslySetInnerHTML/, why: 'markup sink' },
  { name: 'eval', pattern: /\beval\(|new Function\(|setTimeout\(\s*['"`]/, why: 'string evaluated as code' },
  {
    name: 'network',
    pattern: /\bfetch\(|XMLHttpRequest|WebSocket\(|sendBeacon\(|EventSource\(/,
    why: 'no requests',
  },
  {
    name: 'chrome global',
    pattern: /\bchrome\.(runtime|storage|tabs|scripting|action|i18n)\b/,
    why: 'use wxt/browser',
  },
  {
    name: 'polyfill import',
    pattern: /from ['"]webextension-polyfill['"]/,
    why: 'import browser from wxt/browser',
  },
];

describe('source rules', () => {
  it('finds the source files it checks', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  for (const rule of RULES) {
    it(`no ${rule.name} (${rule.why})`, () => {
      const offenders = files.filter((f) => rule.pattern.test(f.text)).map((f) => f.path);
      expect(offenders).toEqual([]);
    });
  }

  it('content/ stays framework-free', () => {
    const offenders = files
      .filter((f) => f.path.startsWith('content'))
      .filter((f) => /from ['"](preact|preact\/hooks|wxt\/browser)['"]/.test(f.text))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });
});
