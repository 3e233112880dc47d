import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MarginRail } from '@/components/overlay/MarginRail';
import { anchors, meta, placed } from './overlay-fixtures';
import { useEnglishContainer } from './overlay-i18n';

const container = useEnglishContainer();
beforeEach(() => {
  // happy-dom has no layout: every side note is 100 px tall (expanded ones 240 px).
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    if (!this.dataset.noteId) return 0;
    return this.classList.contains('cm-side-note--open') ? 240 : 100;
  });
});

const tops = () =>
  [...container.querySelectorAll<HTMLElement>('[data-note-id]')].map((el) => ({
    id: el.dataset.noteId,
    top: Number.parseFloat(el.style.top),
  }));

function assertApart(list: { top: number }[], height = 100) {
  const sorted = [...list].sort((a, b) => a.top - b.top);
  for (let i = 1; i < sorted.length; i++) {
    expect(sorted[i]?.top).toBeGreaterThanOrEqual((sorted[i - 1]?.top ?? 0) + height);
  }
}

describe('MarginRail', () => {
  const notes = placed(['raqqa-mosul-fallen', 'fleeing-south', 'fighters-15000']);

  it('puts each note level with its paragraph when there is room', () => {
    render(
      <MarginRail
        notes={notes}
        anchors={anchors({ 'raqqa-mosul-fallen': 100, 'fleeing-south': 400, 'fighters-15000': 900 })}
        left={1000}
        width={248}
        meta={meta}
      />,
      container,
    );
    expect(tops()).toEqual([
      { id: 'raqqa-mosul-fallen', top: 100 },
      { id: 'fleeing-south', top: 400 },
      { id: 'fighters-15000', top: 900 },
    ]);
    const rail = container.querySelector<HTMLElement>('.cm-rail');
    expect(rail?.style.left).toBe('1000px');
    expect(rail?.getAttribute('aria-label')).toBe('Side notes from a 2017 opinion piece');
  });

  it('pushes crowded notes apart so that none overlap, in paragraph order', () => {
    render(
      <MarginRail
        notes={notes}
        anchors={anchors({ 'raqqa-mosul-fallen': 100, 'fleeing-south': 120, 'fighters-15000': 140 })}
        left={0}
        width={248}
        meta={meta}
      />,
      container,
    );
    const list = tops();
    assertApart(list, 100 + 8);
    expect(list.map((t) => t.id)).toEqual(['raqqa-mosul-fallen', 'fleeing-south', 'fighters-15000']);
  });

  it('leaves out notes whose paragraph has no position, and opens a note with "more"', async () => {
    render(
      <MarginRail
        notes={notes}
        anchors={anchors({ 'raqqa-mosul-fallen': 100, 'fleeing-south': 150 })}
        left={0}
        width={248}
        meta={meta}
      />,
      container,
    );
    expect(tops().map((t) => t.id)).toEqual(['raqqa-mosul-fallen', 'fleeing-south']);
    const more = container.querySelector<HTMLButtonElement>('[data-note-id="raqqa-mosul-fallen"] .cm-more');
    expect(more?.textContent).toBe('more');
    expect(more?.getAttribute('aria-expanded')).toBe('false');
    await act(() => more?.click());
    const open = container.querySelector('[data-note-id="raqqa-mosul-fallen"]');
    expect(open?.querySelector('.cm-note-card .cm-source')?.textContent).toContain('La Razón');
    expect(open?.querySelector('.cm-more')?.getAttribute('aria-expanded')).toBe('true');
    // The opened note is taller: the one below moves down to stay clear of it.
    const [first, second] = tops();
    expect((second?.top ?? 0) - (first?.top ?? 0)).toBeGreaterThanOrEqual(240 + 8);
  });

  it('opens a crowded middle note in place: the note above stays, the one below moves down', async () => {
    render(
      <MarginRail
        notes={notes}
        anchors={anchors({ 'raqqa-mosul-fallen': 100, 'fleeing-south': 120, 'fighters-15000': 140 })}
        left={0}
        width={248}
        meta={meta}
      />,
      container,
    );
    const before = tops();
    const more = container.querySelector<HTMLButtonElement>('[data-note-id="fleeing-south"] .cm-more');
    await act(() => more?.click());
    const after = tops();
    expect(after[0]).toEqual(before[0]);
    expect(after[1]).toEqual(before[1]);
    expect(after[2]?.top).toBeGreaterThanOrEqual((after[1]?.top ?? 0) + 240 + 8);
  });

  it('never puts a note above the top of the document', () => {
    render(
      <MarginRail
        notes={notes}
        anchors={anchors({ 'raqqa-mosul-fallen': -60, 'fleeing-south': 10 })}
        left={0}
        width={248}
        meta={meta}
      />,
      container,
    );
    // happy-dom puts the rail at the document's origin, so the document's top is 0 here.
    expect(tops()).toEqual([
      { id: 'raqqa-mosul-fallen', top: 0 },
      { id: 'fleeing-south', top: 108 },
    ]);
  });
});
