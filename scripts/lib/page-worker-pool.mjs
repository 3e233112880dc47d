// One worker thread that takes pages one at a time; a page over the time limit (or a crash) costs the
// worker, which is replaced, and that page gets `{ error }`. One thread: the machine is shared.
import { Worker } from 'node:worker_threads';

export async function runInWorkers(url, workerData, jobs, timeoutMs) {
  const start = () => new Worker(url, { workerData });
  let worker = start();
  const runOne = (job) =>
    new Promise((done) => {
      const finish = (outcome, replace) => {
        clearTimeout(timer);
        worker.removeAllListeners('message');
        worker.removeAllListeners('error');
        if (replace) {
          worker.terminate();
          worker = start();
        }
        done(outcome);
      };
      const timer = setTimeout(() => finish({ error: `timed out after ${timeoutMs} ms` }, true), timeoutMs);
      worker.once('message', (message) => finish(message, false));
      worker.once('error', (error) => finish({ error: `worker failed: ${error.message}` }, true));
      worker.postMessage(job);
    });
  const outcomes = [];
  for (const job of jobs) outcomes.push(await runOne(job));
  await worker.terminate();
  return outcomes;
}
