import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Toolbar } from '@/components/overlay/Toolbar';
import { useEnglishContainer } from './overlay-i18n';

const container = useEnglishContainer();

const byText = (text: string) =>
  [...container.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === text);
const byLabel = (label: string) =>
  container.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);

describe('Toolbar', () => {
  it('shows the count, opens the panel and hides the overlay', async () => {
    const onTogglePanel = vi.fn();
    const onHide = vi.fn();
    render(<Toolbar count={5} panelOpen={false} onTogglePanel={onTogglePanel} onHide={onHide} />, container);
    expect(container.querySelector('[role="toolbar"]')?.getAttribute('aria-label')).toBe('Context Margin');
    const count = byText('5 notes');
    expect(count?.getAttribute('aria-expanded')).toBe('false');
    await act(() => count?.click());
    expect(onTogglePanel).toHaveBeenCalledOnce();
    await act(() => byText('Hide')?.click());
    expect(onHide).toHaveBeenCalledOnce();
  });

  it('says why when no note matched: "0 notes" alone looks broken', () => {
    render(<Toolbar count={0} panelOpen={false} onTogglePanel={() => {}} onHide={() => {}} />, container);
    expect(byText('0 notes')?.title).toBe('No paragraph of this article matches a note of the piece.');
    render(<Toolbar count={2} panelOpen={false} onTogglePanel={() => {}} onHide={() => {}} />, container);
    expect(byText('2 notes')?.title).toBe('');
  });

  it('says "1 note" for one', () => {
    render(<Toolbar count={1} panelOpen={true} onTogglePanel={() => {}} onHide={() => {}} />, container);
    expect(byText('1 note')?.getAttribute('aria-expanded')).toBe('true');
  });

  it('moves to the other side and minimises to a pill that expands again', async () => {
    render(<Toolbar count={3} panelOpen={false} onTogglePanel={() => {}} onHide={() => {}} />, container);
    const bar = () => container.querySelector('.cm-toolbar');
    expect(bar()?.classList.contains('cm-toolbar--right')).toBe(true);
    await act(() => byLabel('Move the toolbar to the other side')?.click());
    expect(bar()?.classList.contains('cm-toolbar--left')).toBe(true);
    await act(() => byLabel('Minimise the toolbar')?.click());
    expect(byText('Hide')).toBeUndefined();
    const pill = byLabel('Show the Context Margin toolbar');
    expect(pill?.textContent).toBe('3');
    await act(() => pill?.click());
    expect(byText('3 notes')).toBeDefined();
  });

  it('starts in the suggested corner and follows it until the reader moves the toolbar', async () => {
    const show = (side: 'left' | 'right') =>
      render(
        <Toolbar count={3} side={side} panelOpen={false} onTogglePanel={() => {}} onHide={() => {}} />,
        container,
      );
    const bar = () => container.querySelector('.cm-toolbar');
    show('right');
    show('left'); // the page's layout arrives a frame after the first render
    expect(bar()?.classList.contains('cm-toolbar--left')).toBe(true);
    await act(() => byLabel('Move the toolbar to the other side')?.click());
    expect(bar()?.classList.contains('cm-toolbar--right')).toBe(true);
    show('left'); // a later layout does not undo the reader's choice
    expect(bar()?.classList.contains('cm-toolbar--right')).toBe(true);
  });
});
