/** Logs a recoverable problem (corrupt setting, unreachable storage) with the extension's prefix. */
export function warn(problem: string, detail?: unknown): void {
  console.warn(`[context-margin] ${problem}`, detail ?? '');
}
