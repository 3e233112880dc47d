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
  gate: 'content/gate/gate.ts',
  piece: 'content/knowledge/index.ts',
  findTermsInSlices: 'content/terms/find-terms-in-slices.ts',
  highlight: 'content/highlight/highlight.ts',
  overlaySession: 'content/overlay/overlay-session.ts',
  pageReader: 'content/gate/page-reader.ts',
  overlayApp: 'components/overlay/OverlayApp.tsx',
  overlayCss: 'components/overlay/overlay.css',
  settings: 'utils/settings-core/schema.ts',
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

/** The gate alone with its probe, exposed as `window.__cmGate` (what every page carries). */
async function bundleGate(root, usable) {
  const lines = [
    `import { createGateProbe } from ${JSON.stringify(join(ROOT, 'scripts/bench/in-page-gate.js'))};`,
  ];
  if (usable.gate) lines.push(`import * as gate from ${JSON.stringify(join(root, usable.gate))};`);
  lines.push(`globalThis.__cmGate = createGateProbe(${usable.gate ? 'gate' : 'null'});`);
  return (await bundle(lines.join('\n'), root)).outputFiles[0].text;
}

/**
 * Returns { code, gateCode, modules, broken }: the harness IIFE, the gate-only IIFE, the pipeline
 * modules in them, and those left out.
 */
export async function bundleBench(root = ROOT) {
  const { usable, broken } = await bundleableModules(root);
  const names = Object.keys(usable);
  const lines = names.map((name) => `import * as ${name} from ${JSON.stringify(join(root, usable[name]))};`);
  lines.push(`import { createBench } from ${JSON.stringify(join(ROOT, 'scripts/bench/in-page.js'))};`);
  lines.push(`globalThis.__cmBench = createBench({ ${names.join(', ')} });`);
  const result = await bundle(lines.join('\n'), root);
  return {
    code: result.outputFiles[0].text,
    gateCode: await bundleGate(root, usable),
    modules: names,
    broken,
  };
}
