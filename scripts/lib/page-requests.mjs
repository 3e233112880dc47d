// Corpus pages reference hundreds of outside resources; the machine is offline, and waiting for each
// to fail makes loads slow and uneven. Abort them up front: only the loopback server, the extension's
// own files and inline data load.

/** Aborts every request of `page` whose URL does not start with one of `origins` (or `data:`/`blob:`). */
export async function keepRequestsLocal(page, origins) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    const local =
      url.startsWith('data:') || url.startsWith('blob:') || origins.some((o) => url.startsWith(o));
    (local ? request.continue() : request.abort('blockedbyclient')).catch(() => {});
  });
}
