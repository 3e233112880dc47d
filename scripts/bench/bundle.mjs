// Bundles the project's own content modules (the very code the content scripts run) with the in-page
// harness into one IIFE that exposes `window.__cmBench`. Modules that have not landed yet are left
// out, and the harness skips the measurements that need them.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Pipeline modules by the name the harness knows them under. */
export const MODULES = {
  gate: 'content/gate.ts',
  readPage: 'content/read-page.ts',
  detect: 'content/detect.ts',
  piece: 'content/piece/index.ts',
  textWalker: 'content/text-walker.ts',
  placeNotes: 'content/place-notes.ts',
  findTerms: 'content/find-terms.ts',
  highlight: 'content/highlight.ts',
  overlaySession: 'content/overlay-session.ts',
};

/** Which modules exist in the working tree right now. */
export function presentModules(root = ROOT) {
  return Object.fromEntries(Object.entries(MODULES).filter(([, path]) => existsSync(join(root, path))));
}

// Vite-style `?inline` / `?raw` imports (styles as strings) resolve to the plain file, loaded as text.
const viteQueryImports = {
  name: 'vite-query-imports',
  setup(context) {
    context.onResolve({ filter: /\?(inline|raw)$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path.replace(/\?(inline|raw)$/, '')),
      namespace: 'as-text',
    }));
    context.onLoad({ filter: /.*/, namespace: 'as-text' }, async (args) => ({
      contents: (await import('node:fs/promises')).readFile(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

const OPTIONS = {
  bundle: true,
  write: false,
  format: 'iife',
  target: 'chrome120',
  platform: 'browser',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  loader: { '.css': 'text', '.svg': 'text' },
  define: { 'import.meta.env.DEV': 'false', 'import.meta.env.MODE': '"production"' },
  plugins: [viteQueryImports],
  logLevel: 'silent',
};

const bundle = (contents, root) =>
  build({ ...OPTIONS, alias: { '@': root, '~': root }, stdin: { contents, resolveDir: root, loader: 'js' } });

/** Present modules that bundle on their own (a module mid-edit may import one not written yet). */
async function bundleableModules(root) {
  const usable = {};
  const broken = {};
  for (const [name, path] of Object.entries(presentModules(root))) {
    try {
      await bundle(`import * as m from ${JSON.stringify(join(root, path))}; globalThis.m = m;`, root);
      usable[name] = path;
    } catch (error) {
      broken[name] = error.errors?.[0]?.text ?? error.message;
    }
  }
  return { usable, broken };
}

/** Returns { code, modules, broken }: the IIFE, the pipeline modules in it, and those left out. */
export async function bundleBench(root = ROOT) {
  const { usable, broken } = await bundleableModules(root);
  const names = Object.keys(usable);
  const lines = names.map((name) => `import * as ${name} from ${JSON.stringify(join(root, usable[name]))};`);
  lines.push(`import { createBench } from ${JSON.stringify(join(ROOT, 'scripts/bench/in-page.js'))};`);
  lines.push(`globalThis.__cmBench = createBench({ ${names.join(', ')} });`);
  const result = await bundle(lines.join('\n'), root);
  return { code: result.outputFiles[0].text, modules: names, broken };
}
