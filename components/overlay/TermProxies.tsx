import { termById } from '@/content/knowledge';
import type { TermProxy } from '@/content/layout/overlay-geometry';
import { useLocaliser } from './use-localiser';

export interface TermProxiesProps {
  proxies: readonly TermProxy[];
  onFocusTerm(termId: string): void;
  onBlurTerm(termId: string): void;
}

/**
 * Highlights live on page text and cannot take focus, so each term's first occurrence gets a
 * transparent, focusable stand-in over it; it ignores the pointer so that the page text stays
 * selectable and clickable.
 */
export function TermProxies({ proxies, onFocusTerm, onBlurTerm }: TermProxiesProps) {
  const l = useLocaliser();
  const labelOf = (p: TermProxy) => {
    const term = termById(p.termId);
    return term ? l.term(term).label : p.label;
  };
  return (
    <div class="cm-proxies">
      {proxies.map((p) => (
        <button
          key={p.termId}
          type="button"
          class="cm-proxy"
          data-proxy-term-id={p.termId}
          style={{ left: `${p.left}px`, top: `${p.top}px`, width: `${p.width}px`, height: `${p.height}px` }}
          aria-label={l.ui('termProxyLabel', { term: labelOf(p) })}
          onFocus={() => onFocusTerm(p.termId)}
          onBlur={() => onBlurTerm(p.termId)}
          onClick={() => onFocusTerm(p.termId)}
        />
      ))}
    </div>
  );
}
