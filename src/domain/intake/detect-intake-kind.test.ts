import { describe, expect, it } from 'vitest';
import { detectIntakeKind } from './detect-intake-kind';
import { parseIntake } from './parse-intake';

describe('detectIntakeKind', () => {
  it.each([
    ['<?xml version="1.0"?>\n<Claim.Submission/>', 'xml'],
    ['\uFEFF  \n<Claim.Submission>', 'xml'],
    ['<Remittance.Advice/>', 'xml'],
    ['DX R07.2\nCPT 93000', 'quick-text'],
    ['# a visit\n\n  cpt 93000', 'quick-text'],
    ['# only a comment', 'quick-text'],
    ['NOTE <b>hello</b>', 'quick-text'],
    ['Type\tCode\nDX\tR07.2', 'table'],
    ['kind\tcodes\tqty\nCPT\t93000\t1', 'table'],
    ['Code\tDescription\n93000\tECG', 'table'],
    ['DX\tR07.2', 'quick-text'],
    ['Name\tAge\nAli\t40', 'unknown'],
    ['', 'unknown'],
    ['   \n ', 'unknown'],
    ['Dear colleague, please code this.', 'unknown'],
    ['PK\u0003\u0004', 'unknown'],
  ])('%j → %s', (text, kind) => {
    expect(detectIntakeKind(text)).toBe(kind);
  });
});

describe('parseIntake', () => {
  it.each([
    ['DX R07.2', 'quick-text'],
    ['Type\tCode\nCPT\t93000', 'table'],
    ['<Claim.Submission><Header/></Claim.Submission>', 'xml'],
  ])('reads %j as %s', (text, kind) => {
    const r = parseIntake(text);
    expect(r.ok && r.value.kind).toBe(kind);
  });

  it('passes errors through', () => {
    const r = parseIntake('<Remittance.Advice/>');
    expect(r.ok ? null : r.errors[0]?.code).toBe('eclaim.root');
  });

  it('says what it reads when it cannot tell', () => {
    expect(parseIntake('Dear colleague')).toEqual({
      ok: false,
      errors: [
        {
          code: 'intake.unknown',
          message: 'This text is not something the workbench reads: paste an e-claim XML file, quick text (lines such as DX R07.2 or CPT 93000) or spreadsheet rows with a heading row (Type, Code, …).',
          severity: 'error',
        },
      ],
    });
  });
});
