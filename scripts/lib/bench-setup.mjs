// Shared set-up for the bench and the soak: a private copy of a fresh build (other work may rebuild
// `.output/` meanwhile), and a loopback server for corpus pages with chosen headers.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readPageBytes } from './page-corpus.mjs';
import { serve } from './server.mjs';

export const REPO = resolve(import.meta.dirname, '../..');

/**
 * Builds `npm run <script>` (unless `build` is false) and copies `outputDir` to a temporary directory,
 * under the shared build lock when building. Returns { dir, dispose() }.
 */
export function privateBuild(script, outputDir, { build = true } = {}) {
  const copy = mkdtempSync(join(tmpdir(), 'cm-build-'));
  const source = join(REPO, outputDir);
  const steps = `${build ? `npm run ${script} >/dev/null && ` : ''}cp -r "${source}/." "${copy}/"`;
  if (build) {
    execFileSync('flock', ['/tmp/build.lock', 'sh', '-c', steps], { cwd: REPO, stdio: 'inherit' });
  } else {
    // Without a build the caller may already hold the lock (e.g. inside an E2E run): do not take it.
    if (!existsSync(join(source, 'manifest.json'))) {
      throw new Error(`No build at ${source}: run \`npm run ${script}\` first, or drop --no-build.`);
    }
    cpSync(source, copy, { recursive: true });
  }
  return { dir: copy, dispose: () => rmSync(copy, { recursive: true, force: true }) };
}

/**
 * A page that declares no charset is decoded by guesswork that differs between a top frame and an
 * iframe; real servers send one, so name it (UTF-8 when the bytes are valid UTF-8) unless the page
 * declares its own (a BOM or a <meta> in the first 1024 bytes, where browsers look for it).
 */
function contentType(bytes) {
  const head = bytes.subarray(0, 1024).toString('latin1');
  const bom = bytes[0] === 0xef || bytes[0] === 0xfe || bytes[0] === 0xff;
  const declares = (head.match(/<meta\s[^>]*>/gi) ?? []).some(
    (tag) =>
      /http-equiv\s*=\s*["']?content-type/i.test(tag) ||
      /\scharset\s*=/i.test(tag.replace(/"[^"]*"|'[^']*'/g, '""')),
  );
  if (bom || declares) return 'text/html';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'text/html; charset=utf-8';
  } catch {
    return 'text/html; charset=windows-1252';
  }
}

/**
 * Serves each corpus item at `/page/<id>.html`, as bytes (the page's own charset applies), and a
 * same-origin wrapper at `/frame/<id>.html` that shows it in an iframe, where content scripts that
 * run in top frames only do not reach it: the page exactly as its author wrote it.
 */
export async function serveCorpusPages(corpus, items, headers) {
  const server = await serve(join(REPO, 'tests/fixtures/pages'), { headers });
  for (const item of items) {
    const path = `/page/${item.id}.html`;
    const bytes = readPageBytes(corpus, item);
    server.setRoute(path, bytes, contentType(bytes));
    server.setRoute(
      `/frame/${item.id}.html`,
      `<!doctype html><meta charset="utf-8"><iframe src="${path}"></iframe>`,
    );
  }
  return {
    ...server,
    pageUrl: (item) => server.url(`/page/${item.id}.html`),
    frameUrl: (item) => server.url(`/frame/${item.id}.html`),
  };
}

/** Rejects after `ms` with a message naming `what`; the timer never keeps the process alive. */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
    timer.unref?.();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
