// Types for the unit tests of report.mjs (the script itself is plain JavaScript run by Node).
export interface OperationTime {
  ms: number;
}
export interface PageResult {
  item: { id: string; label: string; bytes: number };
  info?: { about: boolean | null };
  ops?: Partial<Record<string, OperationTime>>;
  renderFloorMs?: number | null;
}
export function pageRatios(result: PageResult): Record<string, number | null>;
export function renderFloorNote(results: PageResult[]): string | null;
