import { describe, expect, it } from 'vitest';
import { type PageResult, pageRatios, renderFloorNote } from '../../scripts/bench/report.mjs';

const positive = (walk: number, gate: number, full: number, renderFloorMs: number): PageResult => ({
  item: { id: 'p', label: 'positive', bytes: 1 },
  info: { about: true },
  ops: { walk: { ms: walk }, gate: { ms: gate }, full: { ms: full } },
  renderFloorMs,
});

describe('bench report', () => {
  it('takes gate over walk only on pages the gate lets go, and full over walk on positives', () => {
    const ratios = pageRatios(positive(0.1, 0.5, 3, 0.3));
    expect(ratios.gate_over_walk).toBeNull();
    expect(ratios.full_over_walk).toBeCloseTo(30);
  });

  it('states the floor of the full path: the empty render and the gate, each and together, over the walk', () => {
    const note = renderFloorNote([
      positive(0.1, 1, 3, 0.5),
      positive(0.2, 1, 3, 0.6),
      positive(0.1, 2, 5, 0.4),
    ]);
    // Medians: render floor 0.5 ms; 5×, 3× and 4× the walk → 4×; gate 10×, 5×, 20× → 10×;
    // together 15×, 8×, 24× → 15×.
    expect(note).toContain('take 0.500 ms (median over 3 positives), 4× their walk');
    expect(note).toContain('(cheap stage, reading, detection) 10×');
    expect(note).toContain('the two together 15×');
  });

  it('says nothing when no positive was measured', () => {
    expect(renderFloorNote([])).toBeNull();
  });
});
