// The first-contact probes, as a page meets the extension: the sniffer's cheap stage (its own
// bundle, every page), then, in a later task and from the gate's own bundle (injected by the
// background where the sniffer found a candidate), the reading and detection. Each first call on a
// fresh page is a cold cost (patterns compiled, code not yet optimised), paid in a task of its own.

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
    /** Runs the gate once, cold, keeps what it returns (for the heap), and times it. */
    cold() {
      const start = performance.now();
      kept = gate.runGate(document, 'normal', { candidate: true });
      return performance.now() - start;
    },
    /** Drops what `cold` kept; returns whether anything was kept. */
    release() {
      const had = kept !== null;
      kept = null;
      return had;
    },
  };
}
