import { describe, expect, it } from 'vitest';
import { EDITS } from './registry';

const editFiles = import.meta.glob('./edits/*/edit.ts');
const testFiles = import.meta.glob<string>('./edits/*/edit.test.ts', { query: '?raw', import: 'default', eager: true });
const readmes = import.meta.glob<string>('./edits/*/README.md', { query: '?raw', import: 'default', eager: true });
const folderOf = (path: string) => path.split('/')[2]!;

describe('edit registry', () => {
  it('has unique ids', () => {
    const ids = EDITS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('registers every edit folder, and every registered edit has a folder named after its id', () => {
    const folders = Object.keys(editFiles).map(folderOf).sort();
    expect(EDITS.map((e) => e.id.toLowerCase()).sort()).toEqual(folders);
  });

  it.each(EDITS.map((e) => [e.id, e] as const))('%s has a title, a source, a README and pass/fail cases', (id, edit) => {
    const folder = id.toLowerCase();
    expect(edit.title.length).toBeGreaterThan(5);
    expect(edit.source.document.length).toBeGreaterThan(5);
    const readme = readmes[`./edits/${folder}/README.md`];
    expect(readme, `edits/${folder}/README.md`).toBeDefined();
    expect(readme!.startsWith(`# ${id} — `)).toBe(true);
    for (const heading of ['**What it checks.**', '**How to fix.**', '**Source.**']) expect(readme).toContain(heading);
    const test = testFiles[`./edits/${folder}/edit.test.ts`];
    expect(test, `edits/${folder}/edit.test.ts`).toBeDefined();
    expect(test).toMatch(/describeEdit\(/);
    expect(test).toMatch(/pass: \[\s*\{/);
    expect(test).toMatch(/fail: \[\s*\{/);
    if (edit.denialCode) expect(['H', 'M']).toContain(edit.denialCode.confidence);
  });
});
