import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseRail } from '@/content/layout/rail-choice';
import { type StackItem, stackNotes } from '@/content/layout/stack-notes';

const article = (left: number, right: number) => ({ left, right, top: 100, bottom: 2000 });

describe('chooseRail', () => {
  const options = { railWidth: 240, gutter: 16 };

  it('puts the rail in the wider margin, next to the article', () => {
    expect(chooseRail(article(200, 900), 1400, options)).toEqual({
      mode: 'margin',
      side: 'right',
      left: 916,
    });
    expect(chooseRail(article(500, 1200), 1400, options)).toEqual({
      mode: 'margin',
      side: 'left',
      left: 244,
    });
  });

  it('prefers the right side when both margins are equal', () => {
    expect(chooseRail(article(300, 1100), 1400, options)).toMatchObject({ side: 'right' });
  });

  it('falls back to markers when neither margin holds the rail and its gutters', () => {
    expect(chooseRail(article(100, 1000), 1200, options)).toEqual({ mode: 'markers' });
    // 272 px are needed: 240 + 2 × 16.
    expect(chooseRail(article(0, 928), 1200, options)).toEqual({ mode: 'margin', side: 'right', left: 944 });
    expect(chooseRail(article(0, 929), 1200, options)).toEqual({ mode: 'markers' });
  });

  it('answers markers for nonsense input instead of throwing', () => {
    expect(chooseRail(article(Number.NaN, 900), 1400, options)).toEqual({ mode: 'markers' });
    expect(chooseRail(article(900, 100), 1400, options)).toEqual({ mode: 'markers' });
    expect(chooseRail(article(0, 100), 1400, { railWidth: 0, gutter: 16 })).toEqual({ mode: 'markers' });
  });
});

const tops = (items: StackItem[], options: Parameters<typeof stackNotes>[1]) =>
  stackNotes(items, options).map((placed) => placed.top);

describe('stackNotes', () => {
  it('leaves notes that do not collide level with their anchors', () => {
    const items = [
      { id: 'a', anchorTop: 100, height: 50 },
      { id: 'b', anchorTop: 300, height: 80 },
      { id: 'c', anchorTop: 392, height: 10 },
    ];
    expect(stackNotes(items, { gap: 12 })).toEqual([
      { id: 'a', top: 100 },
      { id: 'b', top: 300 },
      { id: 'c', top: 392 },
    ]);
  });

  it('pushes a colliding note down far more than it lifts the one above', () => {
    const [first, second] = tops(
      [
        { id: 'a', anchorTop: 100, height: 100 },
        { id: 'b', anchorTop: 120, height: 40 },
      ],
      { gap: 10 },
    ) as [number, number];
    expect(second - first).toBe(110);
    // Moving up costs 4× moving down: the optimum moves the pair 90 px in a 1:4 ratio.
    expect(first).toBeCloseTo(82, 6);
    expect(second).toBeCloseTo(192, 6);
  });

  it('only pushes down when the notes cannot rise above minTop', () => {
    expect(
      tops(
        [
          { id: 'a', anchorTop: 100, height: 100 },
          { id: 'b', anchorTop: 120, height: 40 },
        ],
        { gap: 10, minTop: 100 },
      ),
    ).toEqual([100, 210]);
  });

  it('with equal costs, centres a crowd on its anchors', () => {
    const items = [0, 1, 2].map((i) => ({ id: `n${i}`, anchorTop: 500, height: 100 }));
    expect(tops(items, { gap: 0, upwardCost: 1 })).toEqual([400, 500, 600]);
  });

  it('returns the notes in input order, stacked in anchor order', () => {
    const result = stackNotes(
      [
        { id: 'late', anchorTop: 400, height: 300 },
        { id: 'early', anchorTop: 100, height: 400 },
      ],
      { gap: 0, minTop: 0 },
    );
    expect(result.map((placed) => placed.id)).toEqual(['late', 'early']);
    const [late, early] = result.map((placed) => placed.top) as [number, number];
    expect(late).toBeGreaterThanOrEqual(early + 400);
  });

  it('keeps equal anchors in input order', () => {
    const result = tops(
      [
        { id: 'x', anchorTop: 50, height: 20 },
        { id: 'y', anchorTop: 50, height: 20 },
      ],
      { gap: 4, minTop: 50 },
    );
    expect(result).toEqual([50, 74]);
  });

  it('copes with empty and nonsense input', () => {
    expect(stackNotes([], { gap: 8 })).toEqual([]);
    const result = tops(
      [
        { id: 'a', anchorTop: Number.NaN, height: -5 },
        { id: 'b', anchorTop: 10, height: Number.POSITIVE_INFINITY },
      ],
      { gap: Number.NaN, minTop: 0 },
    );
    expect(result.every(Number.isFinite)).toBe(true);
  });

  // The reviewer's page: note 1 at its paragraph (199), two closed notes close below it.
  const article = [
    { id: 'n1', anchorTop: 199, height: 120 },
    { id: 'n2', anchorTop: 330, height: 120 },
    { id: 'n3', anchorTop: 470, height: 120 },
  ];
  const opened = (items: StackItem[], id: string, height: number) =>
    items.map((item) => (item.id === id ? { ...item, open: true, closedHeight: item.height, height } : item));

  it('opens a note in place: it grows downward and pushes only the notes below', () => {
    expect(tops(opened(article, 'n1', 520), { gap: 8 })).toEqual([199, 727, 855]);
  });

  it('keeps the notes above an opened middle note where they were', () => {
    const crowd = [100, 130, 160, 190, 220].map((anchorTop, i) => ({ id: `c${i}`, anchorTop, height: 60 }));
    const closed = tops(crowd, { gap: 8 });
    const open = tops(opened(crowd, 'c2', 300), { gap: 8 });
    expect(open.slice(0, 2)).toEqual(closed.slice(0, 2));
    // The crowd had pushed note c2 below its anchor; it stays there and grows downward.
    expect(open[2]).toBeCloseTo(closed[2] as number, 9);
    expect(open[3]).toBeCloseTo((closed[2] as number) + 300 + 8, 9);
  });

  it('keeps an opened note that the crowd had lifted where the reader saw it', () => {
    const pair = [
      { id: 'a', anchorTop: 100, height: 100 },
      { id: 'b', anchorTop: 120, height: 40 },
    ];
    // Closed, b lifts a to 82 (see above); opened, a stays there and b clears its new bottom.
    const [a, b] = tops(opened(pair, 'a', 300), { gap: 10 }) as [number, number];
    expect(a).toBeCloseTo(82, 6);
    expect(b).toBeCloseTo(392, 6);
  });

  it('never places a note above minTop, open or closed', () => {
    const nearTop = [
      { id: 'a', anchorTop: 5, height: 80, open: true, closedHeight: 40 },
      { id: 'b', anchorTop: 10, height: 40 },
    ];
    expect(tops(nearTop, { gap: 8, minTop: 0 })).toEqual([0, 88]);
    expect(tops([{ id: 'a', anchorTop: -30, height: 40 }], { gap: 8, minTop: 0 })).toEqual([0]);
  });

  const itemsArbitrary = fc.array(
    fc.record({
      anchorTop: fc.integer({ min: -200, max: 5000 }),
      height: fc.integer({ min: 0, max: 600 }),
    }),
    { maxLength: 25 },
  );
  const optionsArbitrary = fc.record({
    gap: fc.integer({ min: 0, max: 40 }),
    minTop: fc.option(fc.integer({ min: -100, max: 400 }), { nil: undefined }),
    upwardCost: fc.option(fc.double({ min: 1, max: 20, noNaN: true }), { nil: undefined }),
  });
  const withIds = (raw: { anchorTop: number; height: number }[]) =>
    raw.map((item, index) => ({ id: `n${index}`, ...item }));
  const orderOf = (items: StackItem[]) =>
    items
      .map((item, index) => ({ item, index }))
      .sort((a, b) => a.item.anchorTop - b.item.anchorTop || a.index - b.index);
  const cost = (items: StackItem[], placed: number[], upwardCost: number) =>
    items.reduce((sum, item, i) => {
      const move = (placed[i] as number) - item.anchorTop;
      return sum + (move >= 0 ? move * move : upwardCost * move * move);
    }, 0);

  it('never overlaps, keeps anchor order and respects minTop (property)', () => {
    fc.assert(
      fc.property(itemsArbitrary, optionsArbitrary, (raw, options) => {
        const items = withIds(raw);
        const placed = tops(items, options);
        const sorted = orderOf(items);
        for (let k = 1; k < sorted.length; k++) {
          const above = sorted[k - 1] as { item: StackItem; index: number };
          const below = sorted[k] as { item: StackItem; index: number };
          const gapBetween =
            (placed[below.index] as number) - (placed[above.index] as number) - above.item.height;
          expect(gapBetween).toBeGreaterThanOrEqual(options.gap - 1e-6);
        }
        if (options.minTop !== undefined) {
          for (const top of placed) expect(top).toBeGreaterThanOrEqual(options.minTop - 1e-6);
        }
      }),
    );
  });

  it('moves nothing when nothing collides and no anchor is above minTop (property)', () => {
    fc.assert(
      fc.property(itemsArbitrary, fc.integer({ min: 0, max: 40 }), (raw, gap) => {
        const items = withIds(raw);
        const sorted = orderOf(items);
        const free = sorted.every(
          (entry, k) =>
            k === 0 ||
            entry.item.anchorTop >=
              (sorted[k - 1] as typeof entry).item.anchorTop +
                (sorted[k - 1] as typeof entry).item.height +
                gap,
        );
        fc.pre(free);
        expect(tops(items, { gap })).toEqual(items.map((item) => item.anchorTop));
      }),
    );
  });

  it('is never farther from the anchors than plain pushing down, nor than any nudge of its answer (property)', () => {
    fc.assert(
      fc.property(
        itemsArbitrary,
        optionsArbitrary,
        fc.integer({ min: 0, max: 24 }),
        fc.integer({ min: -30, max: 30 }),
        (raw, options, which, nudge) => {
          const items = withIds(raw);
          fc.pre(items.length > 0);
          const upwardCost = options.upwardCost ?? 4;
          const placed = tops(items, options);
          const pushed: number[] = new Array(items.length);
          let floor = options.minTop ?? Number.NEGATIVE_INFINITY;
          for (const { item, index } of orderOf(items)) {
            pushed[index] = Math.max(item.anchorTop, floor);
            floor = (pushed[index] as number) + item.height + options.gap;
          }
          const best = cost(items, placed, upwardCost);
          expect(best).toBeLessThanOrEqual(cost(items, pushed, upwardCost) + 1e-6);
          // Moving one note alone, where that stays feasible, never does better.
          const nudged = [...placed];
          const index = which % items.length;
          nudged[index] = (nudged[index] as number) + nudge;
          const sorted = orderOf(items);
          const feasible = sorted.every((entry, k) => {
            const top = nudged[entry.index] as number;
            if (options.minTop !== undefined && top < options.minTop) return false;
            if (k === 0) return true;
            const above = sorted[k - 1] as typeof entry;
            return top >= (nudged[above.index] as number) + above.item.height + options.gap;
          });
          if (feasible) expect(best).toBeLessThanOrEqual(cost(items, nudged, upwardCost) + 1e-6);
        },
      ),
    );
  });

  it('opening one note moves nothing above it and only pushes the rest down (property)', () => {
    fc.assert(
      fc.property(
        itemsArbitrary,
        optionsArbitrary,
        fc.nat(),
        fc.integer({ min: 0, max: 800 }),
        (raw, options, which, growth) => {
          const items = withIds(raw);
          fc.pre(items.length > 0);
          const target = items[which % items.length] as StackItem;
          const before = tops(items, options);
          const withOpen = opened(items, target.id, target.height + growth);
          const after = tops(withOpen, options);
          const sorted = orderOf(items);
          const rank = sorted.findIndex((entry) => entry.item.id === target.id);
          for (const [k, { index }] of sorted.entries()) {
            const [was, now] = [before[index] as number, after[index] as number];
            if (k < rank) expect(now).toBe(was);
            if (k === rank) expect(now).toBe(was);
            if (k > rank) expect(now).toBeGreaterThanOrEqual(was - 1e-6);
            if (options.minTop !== undefined) expect(now).toBeGreaterThanOrEqual(options.minTop - 1e-6);
            if (k === 0) continue;
            const above = sorted[k - 1] as (typeof sorted)[number];
            const aboveHeight = (withOpen[above.index] as StackItem).height;
            expect(now - (after[above.index] as number) - aboveHeight).toBeGreaterThanOrEqual(
              options.gap - 1e-6,
            );
          }
        },
      ),
    );
  });

  it('is deterministic and shifts with its anchors (property)', () => {
    fc.assert(
      fc.property(
        itemsArbitrary,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: -500, max: 500 }),
        (raw, gap, shift) => {
          const items = withIds(raw);
          const placed = tops(items, { gap });
          expect(tops(items, { gap })).toEqual(placed);
          const shifted = tops(
            items.map((item) => ({ ...item, anchorTop: item.anchorTop + shift })),
            { gap },
          );
          for (const [i, top] of shifted.entries()) expect(top).toBeCloseTo((placed[i] as number) + shift, 6);
        },
      ),
    );
  });
});
