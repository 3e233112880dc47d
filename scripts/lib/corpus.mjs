// Reading a labelled corpus (index.json + pages/*.html.gz) and bundling the detector for Node.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * Items of every corpus, each with the absolute path of its page. A corpus's `transplants/` (real
 * layouts carrying its articles) come with it, so that every eval of the corpus judges them too.
 */
export function loadCorpora(dirs) {
  const items = [];
  const seen = new Set();
  const load = (dir) => {
    if (seen.has(dir)) return;
    seen.add(dir);
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    for (const item of index.items) {
      items.push({ title: item.host ?? '', ...item, path: resolve(dir, item.file), corpus: dir });
    }
    if (existsSync(join(dir, 'transplants', 'index.json'))) load(resolve(dir, 'transplants'));
  };
  for (const dir of dirs) load(resolve(dir));
  return items;
}

/**
 * The content modules bundled into one ESM file, so that eval runs exactly the code the browser runs
 * (the same `content/gate/gate`), not a second implementation.
 */
export const bundleDetector = (repoRoot) =>
  bundleModules(
    repoRoot,
    "export { runGate } from './content/gate/gate.ts';\nexport { findMentions } from './content/detect/detect-mentions.ts';",
  );

/** `contents` (ES exports from the repo's modules) bundled for Node; returns the file's path. */
export async function bundleModules(repoRoot, contents) {
  const outfile = join(await mkdtemp(join(tmpdir(), 'cm-eval-')), 'modules.mjs');
  await build({
    stdin: {
      contents,
      resolveDir: repoRoot,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    outfile,
    logLevel: 'error',
    alias: { '@': repoRoot },
  });
  return outfile;
}
