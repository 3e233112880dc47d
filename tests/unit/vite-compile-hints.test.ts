import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHints } from '@/scripts/vite-compile-hints';

type Output =
  | { type: 'chunk'; fileName: string; code: string }
  | { type: 'asset'; fileName: string; source: string };

function emit(outputs: Output[]): Record<string, Output> {
  const bundle = Object.fromEntries(outputs.map((output) => [output.fileName, output]));
  const hook = compileHints().generateBundle as (options: unknown, bundle: unknown) => void;
  hook.call({}, {}, bundle);
  return bundle;
}

describe('compileHints', () => {
  it('puts the hint on the first line of the sniffer and the gate, once', () => {
    const bundle = emit([
      { type: 'chunk', fileName: 'sniff.js', code: 'var sniff=(function(){})();' },
      { type: 'chunk', fileName: 'content-scripts/gate.js', code: `${COMPILE_HINT}var gate=1;` },
    ]);
    expect(bundle['sniff.js']).toMatchObject({ code: `${COMPILE_HINT}var sniff=(function(){})();` });
    expect(bundle['content-scripts/gate.js']).toMatchObject({ code: `${COMPILE_HINT}var gate=1;` });
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad\n');
  });

  it('leaves the overlay to lazy compilation: most of its functions wait for the reader', () => {
    const bundle = emit([{ type: 'chunk', fileName: 'content-scripts/overlay.js', code: 'var overlay=1;' }]);
    expect(bundle['content-scripts/overlay.js']).toMatchObject({ code: 'var overlay=1;' });
  });

  it('leaves the background, the popup, language packs and assets alone', () => {
    const untouched: Output[] = [
      { type: 'chunk', fileName: 'background.js', code: 'var background=1;' },
      { type: 'chunk', fileName: 'chunks/popup-abc123.js', code: 'export{};' },
      { type: 'chunk', fileName: 'language-fr.js', code: 'var fr=1;' },
      { type: 'asset', fileName: 'sniff.js.map', source: '{}' },
    ];
    const bundle = emit(untouched.map((output) => ({ ...output })));
    for (const output of untouched) expect(bundle[output.fileName]).toEqual(output);
  });
});
