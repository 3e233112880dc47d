// Pay only for the language in use, checked on the built extension: the overlay carries the English
// cues and aliases and no other language's, and each language-xx.js carries its own and no other's.
// The lines are read from content/knowledge/languages/, so a new cue is checked without a change here.
// node scripts/check-language-split.mjs BUILD_DIR [BUILD_DIR …]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './lib/bench-setup.mjs';
import { bundleModules } from './lib/corpus.mjs';

const LANGUAGES = ['en', 'es', 'fr', 'it', 'de', 'ar'];
const modules = await import(
  await bundleModules(
    REPO,
    LANGUAGES.map(
      (l) => `export { ${l.toUpperCase()} as ${l} } from './content/knowledge/languages/${l}.ts';`,
    ).join('\n'),
  )
);
const linesOf = (language) => {
  const pack = modules[language];
  return new Set(
    [...Object.values(pack.cues), ...Object.values(pack.aliases)].filter((line) => line.length >= 12),
  );
};
const lines = Object.fromEntries(LANGUAGES.map((l) => [l, linesOf(l)]));

// Minified strings escape what is not ASCII (k\xE4mpfer) and their own quote: undone before comparing.
const unescaped = (code) =>
  code
    .replace(/\\u\{([0-9a-f]+)\}/gi, (_, hex) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/\\u([0-9a-f]{4})|\\x([0-9a-f]{2})/gi, (_, u, x) =>
      String.fromCharCode(Number.parseInt(u ?? x, 16)),
    )
    .replace(/\\(['"`\\])/g, '$1');

/** Which of `language`'s lines (not shared word for word with an allowed language) `code` holds. */
function found(code, language, allowed) {
  const shared = new Set(allowed.flatMap((l) => [...lines[l]]));
  const own = [...lines[language]].filter((line) => !shared.has(line));
  return { held: own.filter((line) => code.includes(line)), of: own.length };
}

const failures = [];
for (const dir of process.argv.slice(2)) {
  const overlayDir = join(dir, 'content-scripts');
  const overlay = readdirSync(overlayDir).find((name) => /^overlay.*\.js$/.test(name));
  if (!overlay) failures.push(`${dir}: no overlay bundle`);
  const bundles = { en: overlay ? join(overlayDir, overlay) : null };
  for (const l of LANGUAGES.slice(1)) bundles[l] = join(dir, `language-${l}.js`);
  const counts = [];
  for (const [language, file] of Object.entries(bundles)) {
    if (!file) continue;
    const code = unescaped(readFileSync(file, 'utf8'));
    const mine = found(code, language, []);
    if (mine.held.length < mine.of)
      failures.push(`${file}: ${mine.of - mine.held.length} of its ${mine.of} ${language} lines missing`);
    for (const other of LANGUAGES.filter((l) => l !== language)) {
      const stray = found(code, other, [language]);
      if (stray.held.length)
        failures.push(
          `${file}: carries ${stray.held.length} ${other} lines, e.g. "${stray.held[0].slice(0, 60)}"`,
        );
    }
    counts.push(`${language} ${mine.held.length}/${mine.of}`);
  }
  console.log(`check-language-split: ${dir}: own cue and alias lines found: ${counts.join(', ')}`);
}
if (failures.length) {
  for (const failure of failures) console.error(`check-language-split: ${failure}`);
  process.exit(1);
}
console.log("check-language-split: no bundle carries another language's lines");
