// Least privilege, checked on the built extension: the manifest asks only for what the product uses,
// and no bundle evaluates strings as code, loads remote code or names a network endpoint.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const EXPECTED_PERMISSIONS = ['scripting', 'storage'];
const HOST_PATTERNS = ['http://*/*', 'https://*/*'];
// XML namespaces are identifiers, not addresses anything is fetched from.
// URLs that are not addresses anything is fetched from: XML namespaces, the manifest's match
// patterns, links to documentation inside library error messages, and URLs the site-matching code
// builds from the page's own host name (`http://${host}`).
const ALLOWED_URLS = [
  /^http:\/\/www\.w3\.org\//,
  /^https?:\/\/\*\/\*$/,
  /^https:\/\/(github\.com\/wxt-dev\/|wxt\.dev\/|developer\.mozilla\.org\/)/,
  /^https?:\/\/\$\{\w+\}$/,
];
// fetch() calls inside libraries that only ever read the extension's own files, or that the
// project never reaches (the overlay hands its CSS over as text, not as a URL).
const LIBRARY_FETCHES = [
  /runtime\.getURL\("\/content-scripts\/[\w-]+\.css"\);try\{return await\(await fetch\(/g,
  /"url"in \w+\?\w+\.textContent=yield fetch\(/g,
];
const FORBIDDEN = [
  [/\beval\(/, 'eval'],
  [/\bnew Function\(/, 'new Function'],
  [/\bfetch\(/, 'fetch'],
  [/\bXMLHttpRequest\b/, 'XMLHttpRequest'],
  [/\bnew WebSocket\(/, 'WebSocket'],
  [/\bsendBeacon\(/, 'sendBeacon'],
  [/\bimportScripts\(/, 'importScripts'],
];

const failures = [];
const files = (dir) =>
  readdirSync(dir).flatMap((n) =>
    statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)],
  );

for (const dir of process.argv.slice(2)) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const all = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])];
  const apiPermissions = all.filter((p) => !p.includes('://')).sort();
  const hosts = all.filter((p) => p.includes('://')).sort();
  if (JSON.stringify(apiPermissions) !== JSON.stringify(EXPECTED_PERMISSIONS))
    failures.push(
      `${dir}: permissions ${JSON.stringify(apiPermissions)}, expected ${JSON.stringify(EXPECTED_PERMISSIONS)}`,
    );
  if (JSON.stringify(hosts) !== JSON.stringify(HOST_PATTERNS))
    failures.push(
      `${dir}: host permissions ${JSON.stringify(hosts)}, expected ${JSON.stringify(HOST_PATTERNS)}`,
    );
  if (manifest.content_security_policy) failures.push(`${dir}: manifest loosens the content security policy`);
  for (const file of files(dir).filter((f) => /\.(js|html)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    const fetches = (text.match(/\bfetch\(/g) ?? []).length;
    const libraryFetches = LIBRARY_FETCHES.reduce((n, pattern) => n + (text.match(pattern) ?? []).length, 0);
    if (fetches > libraryFetches)
      failures.push(`${file}: fetch (${fetches - libraryFetches} outside the known library reads)`);
    for (const [pattern, name] of FORBIDDEN)
      if (name !== 'fetch' && pattern.test(text)) failures.push(`${file}: ${name}`);
    for (const url of text.match(/https?:\/\/[^\s"'`)<>]+/g) ?? []) {
      if (!ALLOWED_URLS.some((ok) => ok.test(url))) failures.push(`${file}: names ${url}`);
    }
  }
}
for (const f of failures) console.error(`check-bundles: ${f}`);
console.log(`check-bundles: ${failures.length} problems in ${process.argv.length - 2} builds`);
process.exit(failures.length ? 1 : 0);
