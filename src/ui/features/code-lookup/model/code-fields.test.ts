import { afterEach, describe, expect, it } from 'vitest';
import type { CodeFieldSystem } from '@/ui/components/code-input';
import { markCodeFieldFocused, registerCodeField, searchSystemsFor, targetCodeField, type CodeFieldHandle } from './code-fields';

function field(id: string, systems: CodeFieldHandle['systems'], value = ''): CodeFieldHandle {
  return { id, systems, dateOfService: undefined, value: () => value, insert: () => undefined };
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  cleanups.splice(0).forEach((c) => c());
  markCodeFieldFocused('');
});

describe('searchSystemsFor', () => {
  it.each<[CodeFieldSystem, readonly string[]]>([
    ['ICD-10-CM', ['icd10cm']],
    ['CPT', ['cpt']],
    ['HCPCS', ['hcpcs']],
    ['LOCAL', ['local']],
    ['DRG', []],
    ['OTHER', []],
  ])('%s → %j', (system, expected) => {
    expect(searchSystemsFor(system)).toEqual(expected);
  });
});

describe('targetCodeField', () => {
  it('is the field edited last, then the first empty field of the system, else none', () => {
    cleanups.push(registerCodeField(field('dx0', ['icd10cm'], 'R07.2')), registerCodeField(field('dx1', ['icd10cm'])), registerCodeField(field('act0', ['cpt'])));
    expect(targetCodeField()?.id).toBe('dx1');
    expect(targetCodeField('cpt')?.id).toBe('act0');
    markCodeFieldFocused('dx0');
    expect(targetCodeField()?.id).toBe('dx0');
    expect(targetCodeField('icd10cm')?.id).toBe('dx0');
    expect(targetCodeField('cpt')?.id).toBe('act0');
    expect(targetCodeField('hcpcs')).toBeNull();
  });

  it('forgets a field once it unmounts', () => {
    const unregister = registerCodeField(field('dx0', ['icd10cm'], 'R07.2'));
    markCodeFieldFocused('dx0');
    unregister();
    expect(targetCodeField()).toBeNull();
  });
});
