// Bundles the project's own content modules (the very code the content scripts run) with the in-page
// harness into one IIFE that exposes `window.__cmBench`. A module that is missing or does not bundle
// fails the bench: a figure left out silently once hid a whole broken bench behind dashes.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Pipeline modules by the name the harness knows them under. */
export const MODULES = {
  sniff: 'content/sniff/cheap-stage.ts',
  gate: 'content/gate/gate.ts',
  piece: 'content/knowledge/index.ts',
  // Every language's cues and aliases, registered on import: corpus pages come in all of them.
  languages: 'content/knowledge/languages/all.ts',
  findTermsInSlices: 'content/terms/find-terms-in-slices.ts',
  highlight: 'content/highlight/highlight.ts',
  overlaySession: 'content/overlay/overlay-session.ts',
  pageReader: 'content/gate/page-reader.ts',
  overlayApp: 'components/overlay/OverlayApp.tsx',
  overlayCss: 'components/overlay/overlay.css',
  settings: 'utils/settings-core/schema.ts',
};

/** The pipeline modules; throws, naming them, when any is missing from the tree. */
export function pipelineModules(root = ROOT) {
  const missing = Object.values(MODULES).filter((path) => !existsSync(join(root, path)));
  if (missing.length) throw new Error(`bench: pipeline modules missing: ${missing.join(', ')}`);
  return MODULES;
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

/** Each module bundled on its own first, so that a failure names the module that broke. */
async function checkModulesBundle(root) {
  for (const [name, path] of Object.entries(pipelineModules(root))) {
    try {
      await bundle(`import * as m from ${JSON.stringify(join(root, path))}; globalThis.m = m;`, root);
    } catch (error) {
      throw new Error(
        `bench: ${name} (${path}) does not bundle: ${error.errors?.[0]?.text ?? error.message}`,
      );
    }
  }
}

/**
 * The sniffer and the gate as the extension ships them, each in a bundle of its own with its probe
 * (`window.__cmSniff`, `window.__cmGate`): the gate compiles its own patterns, as it does in a page.
 */
async function bundleFirstContact(root) {
  const probes = JSON.stringify(join(ROOT, 'scripts/bench/in-page-gate.js'));
  const sniff = [
    `import { createSniffProbe } from ${probes};`,
    `import * as sniff from ${JSON.stringify(join(root, MODULES.sniff))};`,
    'globalThis.__cmSniff = createSniffProbe(sniff);',
  ];
  const gate = [
    `import { createGateProbe } from ${probes};`,
    `import * as gate from ${JSON.stringify(join(root, MODULES.gate))};`,
    'globalThis.__cmGate = createGateProbe(gate);',
  ];
  const [sniffCode, gateCode] = await Promise.all(
    [sniff, gate].map(async (lines) => (await bundle(lines.join('\n'), root)).outputFiles[0].text),
  );
  return { sniffCode, gateCode };
}

/** Returns { code, sniffCode, gateCode, modules }: the harness IIFE, the first-contact IIFEs, the modules in them. */
export async function bundleBench(root = ROOT) {
  await checkModulesBundle(root);
  const names = Object.keys(MODULES);
  const lines = names.map((name) => `import * as ${name} from ${JSON.stringify(join(root, MODULES[name]))};`);
  lines.push(`import { createBench } from ${JSON.stringify(join(ROOT, 'scripts/bench/in-page.js'))};`);
  lines.push(`globalThis.__cmBench = createBench({ ${names.join(', ')} });`);
  const result = await bundle(lines.join('\n'), root);
  return { code: result.outputFiles[0].text, ...(await bundleFirstContact(root)), modules: names };
}
