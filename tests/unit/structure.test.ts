// The shape of the code, kept by a test: content/ is the framework-free pipeline, its stages run
// one way (sniffer → gate: read, detect → overlay: notes, terms, highlight, layout), and no
// module depends on itself through others. A rule broken here is a design decision: change the
// rule in this file, with the reason, rather than the code around it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = normalize(join(__dirname, '../..'));
const SOURCE = /\.(ts|tsx)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? filesUnder(path) : SOURCE.test(name) ? [path] : [];
  });
}

interface Edge {
  from: string;
  specifier: string;
  /** Repo-relative file the specifier names, when it is one of ours. */
  to: string | null;
  typeOnly: boolean;
}

const IMPORT =
  /^\s*(import|export)\s+(type\s+)?[^'";]*?\bfrom\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveSpecifier(from: string, specifier: string, known: Set<string>): string | null {
  const base = specifier.startsWith('@/')
    ? specifier.slice(2)
    : specifier.startsWith('.')
      ? normalize(join(dirname(from), specifier))
      : null;
  if (base === null) return null;
  for (const ending of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) {
    if (known.has(base + ending)) return base + ending;
  }
  return base;
}

function edgesOf(files: string[], known: Set<string>): Edge[] {
  return files.flatMap((from) => {
    const source = readFileSync(join(ROOT, from), 'utf8');
    const edges: Edge[] = [];
    for (const m of source.matchAll(IMPORT)) {
      const specifier = m[3] ?? m[4] ?? '';
      // `import { type A, type B }` is type-only too: every named import is marked as a type.
      const named = /\{([^}]*)\}/.exec(m[0])?.[1];
      const allTypes = named?.split(',').every((part) => /^\s*(type\s|$)/.test(part)) ?? false;
      const typeOnly = Boolean(m[2]) || (allTypes && !/import\s+\w+\s*,/.test(m[0]));
      edges.push({ from, specifier, to: resolveSpecifier(from, specifier, known), typeOnly });
    }
    for (const m of source.matchAll(DYNAMIC)) {
      const specifier = m[1] ?? '';
      edges.push({ from, specifier, to: resolveSpecifier(from, specifier, known), typeOnly: false });
    }
    return edges;
  });
}

const content = filesUnder('content');
const everything = ['content', 'components', 'entrypoints', 'utils'].flatMap(filesUnder);
const known = new Set(everything);
const contentEdges = edgesOf(content, known);
const stageOf = (file: string) => relative('content', file).split('/')[0] ?? '';

/** Stages that run before the overlay exists: they must never reach into its world. */
const BEFORE_OVERLAY = [
  'sniff',
  'gate',
  'read',
  'detect',
  'text',
  'match',
  'notes',
  'terms',
  'knowledge',
  'dates',
];
const OVERLAY_WORLD = ['overlay', 'highlight', 'layout'];

describe('the code keeps its shape', () => {
  it('finds the pipeline folders (so that the rules below are not vacuous)', () => {
    const stages = new Set(content.map(stageOf));
    for (const stage of [...BEFORE_OVERLAY, ...OVERLAY_WORLD]) expect(stages).toContain(stage);
    expect(contentEdges.length).toBeGreaterThan(100);
  });

  it('content/ is framework-free: no WXT, Preact, components or entry points at run time', () => {
    const forbidden = contentEdges.filter(
      (edge) =>
        !edge.typeOnly &&
        (/^(wxt|preact)(\/|$)/.test(edge.specifier) || /^(components|entrypoints)\//.test(edge.to ?? '')),
    );
    expect(forbidden.map((e) => `${e.from} → ${e.specifier}`)).toEqual([]);
  });

  it('the stages before the overlay never import overlay/, highlight/ or layout/', () => {
    const backwards = contentEdges.filter(
      (edge) =>
        BEFORE_OVERLAY.includes(stageOf(edge.from)) &&
        edge.to?.startsWith('content/') &&
        OVERLAY_WORLD.includes(stageOf(edge.to)),
    );
    expect(backwards.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it('no import cycles among our modules', () => {
    const graph = new Map<string, string[]>();
    for (const edge of edgesOf(everything, known)) {
      if (edge.typeOnly || !edge.to || !known.has(edge.to)) continue;
      graph.set(edge.from, [...(graph.get(edge.from) ?? []), edge.to]);
    }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
