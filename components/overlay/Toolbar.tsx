import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

export interface ToolbarProps {
  count: number;
  panelOpen: boolean;
  onTogglePanel(): void;
  onHide(): void;
  panelButton?: Ref<HTMLButtonElement>;
}

export const countLabel = (count: number): string =>
  count === 1 ? t('overlayNotesCountOne') : t('overlayNotesCount', String(count));

/** A small corner control: note count, open the panel, hide everything; movable and minimisable. */
export function Toolbar({ count, panelOpen, onTogglePanel, onHide, panelButton }: ToolbarProps) {
  const [side, setSide] = useState<'left' | 'right'>('right');
  const [minimised, setMinimised] = useState(false);
  return (
    <div class={`cm-toolbar cm-toolbar--${side}`} role="toolbar" aria-label={t('overlayToolbarLabel')}>
      {minimised ? (
        <button
          type="button"
          class="cm-tool cm-tool--pill"
          aria-label={t('overlayExpandToolbar')}
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
            onClick={onTogglePanel}
          >
            {countLabel(count)}
          </button>
          <button type="button" class="cm-tool" data-action="hide" onClick={onHide}>
            {t('overlayHide')}
          </button>
          <button
            type="button"
            class="cm-tool cm-tool--icon"
            aria-label={t('overlayMoveToolbar')}
            title={t('overlayMoveToolbar')}
            onClick={() => setSide(side === 'right' ? 'left' : 'right')}
          >
            {side === 'right' ? '⇤' : '⇥'}
          </button>
          <button
            type="button"
            class="cm-tool cm-tool--icon"
            aria-label={t('overlayMinimiseToolbar')}
            title={t('overlayMinimiseToolbar')}
            onClick={() => setMinimised(true)}
          >
            –
          </button>
        </>
      )}
    </div>
  );
}
