// The first-contact probe: only the gate, as the every-page content script carries it. Its first call
// on a fresh page is the cold cost every page pays (patterns compiled, code not yet optimised).
export function createGateProbe(gate) {
  let kept = null;
  return {
    /** Runs the gate's path once, cold, keeps what it returns (for the heap), and times it. */
    cold() {
      if (!gate?.runGate) return null;
      const start = performance.now();
      kept = gate.hasCandidate && !gate.hasCandidate(document) ? false : gate.runGate(document, 'normal');
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
