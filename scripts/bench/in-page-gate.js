// The first-contact probes, as a page meets the extension: the sniffer's cheap stage (its own
// bundle, every page), then, in a later task and from the gate's own bundle (injected by the
// background where the sniffer found a candidate), the reading and detection. Each first call on a
// fresh page is a cold cost (patterns compiled, code not yet optimised), paid in a task of its own.
import { timeSlices } from './in-page-timing.js';

/** The sniffer's probe: its first call times the cheap stage, cold. */
export function createSniffProbe(sniff) {
  return {
    cold() {
      const start = performance.now();
      const candidate = sniff.hasCandidate(document);
      return { ms: performance.now() - start, candidate };
    },
  };
}

/** The gate's probe, on a page the sniffer passed: it skips the cheap stage, as the gate does. */
export function createGateProbe(gate) {
  let kept = null;
  return {
    /**
     * Runs the gate once, cold and in slices as the extension does, keeps what it returns (for the
     * heap); resolves to its ms, first slice to last, and its longest slice.
     */
    async cold() {
      const signal = new AbortController().signal;
      const run = () => gate.runGateInSlices(document, 'normal', { candidate: true }, signal);
      const { result, ms, longest } = await timeSlices(run);
      kept = result;
      return { ms, longest };
    },
    /** Drops what `cold` kept; returns whether anything was kept. */
    release() {
      const had = kept !== null;
      kept = null;
      return had;
    },
  };
}
