import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossary, noteById, notes, source, termById } from '@/content/knowledge';
import { closingLine, fixturePaths, inventory, pieceParagraphs, sharedPaths } from './piece-fixture';

describe('the source fixtures', () => {
  it('are exact copies of ../shared/source when it is present', () => {
    for (const name of ['piece', 'readme'] as const) {
      if (!existsSync(sharedPaths[name])) continue;
      expect(readFileSync(fixturePaths[name], 'utf8')).toBe(readFileSync(sharedPaths[name], 'utf8'));
    }
  });

  it('split into five argued paragraphs and a closing publication line', () => {
    expect(pieceParagraphs).toHaveLength(5);
    expect(closingLine).toMatch(/^This article was originally published/);
  });
});

describe('source', () => {
  it('names the outlet and the date the piece itself gives in its closing line', () => {
    // The piece writes 'La\u00a0Razón' with a no-break space.
    expect(closingLine.replace(/\s+/g, ' ')).toContain(source.outlet);
    expect(source.published).toBe('2017-10-22');
    expect(closingLine).toContain('22 October 2017');
  });

  it('is an English text of a Spanish opinion piece with no named author', () => {
    expect(source).toMatchObject({ originalLanguage: 'es', textLanguage: 'en', genre: 'opinion' });
    expect(source.author).toBeNull();
  });
});

describe('notes against the inventory', () => {
  const rows = inventory();

  it('reads all 22 inventory rows from the README', () => {
    expect(rows).toHaveLength(22);
    expect(new Set(rows.map((row) => row.id)).size).toBe(22);
  });

  it('covers every inventory id exactly once, and nothing else', () => {
    const ids = notes.map((note) => note.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(rows.map((row) => row.id).sort());
  });

  it('keeps the kind and paragraph of each inventory row', () => {
    for (const row of rows) {
      const note = noteById(row.id);
      expect(note, row.id).toBeDefined();
      expect({ id: row.id, kind: note?.kind, paragraph: note?.paragraph }).toEqual({
        id: row.id,
        kind: row.kind,
        paragraph: row.paragraph,
      });
    }
  });

  it('lists the notes in reading order', () => {
    const paragraphs = notes.map((note) => note.paragraph);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
    const inventoryOrder = rows.map((row) => row.id);
    expect(notes.map((note) => note.id)).toEqual(inventoryOrder);
  });
});

describe('lookups', () => {
  it('finds notes and terms by id and nothing for unknown ids', () => {
    expect(noteById('libya-gateway')?.paragraph).toBe(2);
    expect(termById('raqqa')?.label).toBe('Raqqa');
    for (const id of ['', 'nope', '__proto__', 'constructor', 'Libya-Gateway']) {
      expect(noteById(id)).toBeUndefined();
      expect(termById(id)).toBeUndefined();
    }
  });

  it('uses kebab-case ids, unique across the glossary', () => {
    const ids = [...notes.map((note) => note.id), ...glossary.map((term) => term.id)];
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(glossary.map((term) => term.id)).size).toBe(glossary.length);
  });
});
