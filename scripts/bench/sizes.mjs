// Gzip sizes of the built bundles: what every page pays (the gate), what detected pages pay (the
// overlay) and what the popup loads.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** A file plus every module it imports statically or dynamically, relative to the build root. */
function withImports(outputDir, file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  if (!file.endsWith('.js')) return seen;
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+\.js)["']/g)) {
    const target = match[1].startsWith('/')
      ? join(outputDir, match[1])
      : normalize(join(dirname(file), match[1]));
    withImports(outputDir, target, seen);
  }
  return seen;
}

/** The popup page, the scripts and styles it references, and what those import. */
function popupFiles(outputDir) {
  const html = join(outputDir, 'popup.html');
  if (!existsSync(html)) return [];
  const files = new Set([html]);
  for (const match of readFileSync(html, 'utf8').matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) {
    const target = join(outputDir, match[1].replace(/^\.?\//, ''));
    for (const file of withImports(outputDir, target)) files.add(file);
  }
  return [...files];
}

// WXT writes content scripts to content-scripts/ and unlisted scripts to the build root.
const SCRIPT_DIRS = ['content-scripts', '.'];

/** The overlay script with its stylesheet(s) and imports, wherever the build put it. */
function overlayFiles(outputDir) {
  const files = new Set();
  for (const sub of SCRIPT_DIRS) {
    const dir = join(outputDir, sub);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => /^overlay[\w.-]*\.(js|css)$/.test(n))) {
      for (const file of withImports(outputDir, join(dir, name))) files.add(file);
    }
  }
  return [...files];
}

const total = (files) => (files.length ? files.reduce((sum, file) => sum + gzipBytes(file), 0) : null);

const gzipIfThere = (file) => (existsSync(file) ? gzipBytes(file) : null);

/**
 * { content_script_gzip_bytes, overlay_gzip_bytes, popup_gzip_bytes } (null when a bundle is absent).
 * The content script is the one every page runs, the sniffer; the gate, injected only where the
 * sniffer found a name of the group, is reported apart (`gateGzipBytes`, not in the summary).
 */
export function bundleSizes(outputDir) {
  return {
    content_script_gzip_bytes: gzipIfThere(join(outputDir, 'sniff.js')),
    overlay_gzip_bytes: total(overlayFiles(outputDir)),
    popup_gzip_bytes: total(popupFiles(outputDir)),
  };
}

/** The gate's bundle, loaded only on candidate pages and on demand. */
export const gateGzipBytes = (outputDir) =>
  SCRIPT_DIRS.map((sub) => gzipIfThere(join(outputDir, sub, 'gate.js'))).find((bytes) => bytes !== null) ??
  null;
