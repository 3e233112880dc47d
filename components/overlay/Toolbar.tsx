import type { ComponentChildren, Ref } from 'preact';
import { useState } from 'preact/hooks';
import type { Localiser } from '@/content/i18n/localise';
import { useLocaliser } from './use-localiser';

export interface ToolbarProps {
  count: number;
  /** Where the toolbar starts, until the reader moves it. */
  side?: 'left' | 'right';
  panelOpen: boolean;
  onTogglePanel(): void;
  onHide(): void;
  panelButton?: Ref<HTMLButtonElement>;
}

export const countLabel = (count: number, l: Localiser): string => l.ui('notesCount', { count });

/** A small corner control: note count, open the panel, hide everything; movable and minimisable. */
export function Toolbar({
  count,
  side: suggested = 'right',
  panelOpen,
  onTogglePanel,
  onHide,
  panelButton,
}: ToolbarProps) {
  // The suggestion follows the page's layout (it arrives a frame after the first render) until the
  // reader picks a side.
  const l = useLocaliser();
  const [chosen, setSide] = useState<'left' | 'right' | null>(null);
  const side = chosen ?? suggested;
  const [minimised, setMinimised] = useState(false);
  return (
    <div class={`cm-toolbar cm-toolbar--${side}`} role="toolbar" aria-label={l.ui('toolbarLabel')}>
      {minimised ? (
        <button
          type="button"
          class="cm-tool cm-tool--pill"
          aria-label={l.ui('expandToolbar')}
          onClick={() => setMinimised(false)}
        >
          {count}
        </button>
      ) : (
        <>
          <button
            type="button"
            class="cm-tool cm-tool--count"
            ref={panelButton}
            aria-expanded={panelOpen}
            aria-controls="cm-panel"
            // "0 notes" alone looks broken; the panel says the same at more length.
            title={count === 0 ? l.ui('noNotes') : undefined}
            onClick={onTogglePanel}
          >
            {countLabel(count, l)}
          </button>
          <button type="button" class="cm-tool" data-action="hide" onClick={onHide}>
            {l.ui('hide')}
          </button>
          <IconTool label={l.ui('moveToolbar')} onClick={() => setSide(side === 'right' ? 'left' : 'right')}>
            {side === 'right' ? '⇤' : '⇥'}
          </IconTool>
          <IconTool label={l.ui('minimiseToolbar')} onClick={() => setMinimised(true)}>
            –
          </IconTool>
        </>
      )}
    </div>
  );
}

// An arrow or a dash says nothing to a screen reader, and little to a mouse user: the same words go
// to both, as the accessible name and as the tooltip.
function IconTool({
  label,
  onClick,
  children,
}: {
  label: string;
  onClick(): void;
  children: ComponentChildren;
}) {
  return (
    <button type="button" class="cm-tool cm-tool--icon" aria-label={label} title={label} onClick={onClick}>
      {children}
    </button>
  );
}
