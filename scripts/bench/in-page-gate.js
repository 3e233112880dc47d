// The first-contact probe: the sniffer's cheap stage, then the gate where it finds a candidate, as a
// page meets them. Its first call on a fresh page is the cold cost (patterns compiled, code not yet
// optimised).
export function createGateProbe(sniff, gate) {
  let kept = null;
  return {
    /** Runs the gate's path once, cold, keeps what it returns (for the heap), and times it. */
    cold() {
      const start = performance.now();
      kept = sniff.hasCandidate(document) ? gate.runGate(document, 'normal') : false;
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
