// Corpus pages reference hundreds of outside resources; the machine is offline, and waiting for each
// to fail makes loads slow and uneven. Abort them up front: only the loopback server, the extension's
// own files and inline data load.

const isLocal = (url, origins) =>
  url.startsWith('data:') || url.startsWith('blob:') || origins.some((o) => url.startsWith(o));

/** Aborts every request of `page` whose URL does not start with one of `origins` (or `data:`/`blob:`). */
export async function keepRequestsLocal(page, origins) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    (isLocal(request.url(), origins) ? request.continue() : request.abort('blockedbyclient')).catch(() => {});
  });
}

/** The same for a bare CDP session attached to a page target (no puppeteer `Page`). */
export async function keepSessionRequestsLocal(session, origins) {
  session.on('Fetch.requestPaused', ({ requestId, request }) => {
    const answer = isLocal(request.url, origins)
      ? session.send('Fetch.continueRequest', { requestId })
      : session.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' });
    answer.catch(() => {});
  });
  await session.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] });
}
