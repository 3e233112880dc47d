import { describe, expect, it } from 'vitest';
import { entryFiles } from '@/scripts/vite-entry-files';

describe('entryFiles', () => {
  it('reads every shape of Rollup input as a list of paths', () => {
    expect(entryFiles('/a/entrypoints/content.ts')).toEqual(['/a/entrypoints/content.ts']);
    expect(entryFiles(['/a/x.ts', '/a/y.ts'])).toEqual(['/a/x.ts', '/a/y.ts']);
    expect(entryFiles({ overlay: '/a/overlay.tsx', popup: '/a/popup.html' })).toEqual([
      '/a/overlay.tsx',
      '/a/popup.html',
    ]);
  });

  it('has no entries when the build names none', () => {
    expect(entryFiles(undefined)).toEqual([]);
  });
});
