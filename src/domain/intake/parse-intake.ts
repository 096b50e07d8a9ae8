import type { Submission } from '../claim';
import { parseSubmission, type EclaimFlavour, type ParseSubmissionOptions } from '../eclaim';
import type { Issue, Result } from '../shared/result';
import { detectIntakeKind } from './detect-intake-kind';
import { parseQuickText, type IntakeOptions, type ParsedIntake } from './quick-text';
import { parseTableText } from './table-text';

/** What one paste or drop became. */
export type IntakeParsed =
  | { readonly kind: 'xml'; readonly submission: Submission; readonly flavour: EclaimFlavour | 'unknown'; readonly warnings: readonly Issue[] }
  | ({ readonly kind: 'quick-text' | 'table' } & ParsedIntake);

/**
 * The one entry point for a paste or a drop: detects the kind of text and reads it
 * with the matching parser.
 *
 * @param text - what was pasted or dropped (a file already read as text)
 * @param options - profile for snippets; size limit and conventions for XML
 * @returns the parsed submission (XML) or encounter document (quick text, table), or the errors
 * @example parseIntake('DX R07.2').value.kind //=> 'quick-text'
 */
export function parseIntake(text: string, options: IntakeOptions & ParseSubmissionOptions = {}): Result<IntakeParsed> {
  const kind = detectIntakeKind(text);
  switch (kind) {
    case 'xml': {
      const r = parseSubmission(text, options);
      return r.ok ? { ok: true, value: { kind, ...r.value } } : r;
    }
    case 'quick-text': {
      const r = parseQuickText(text, options);
      return r.ok ? { ok: true, value: { kind, ...r.value } } : r;
    }
    case 'table': {
      const r = parseTableText(text, options);
      return r.ok ? { ok: true, value: { kind, ...r.value } } : r;
    }
    case 'unknown':
      return {
        ok: false,
        errors: [
          {
            code: 'intake.unknown',
            message: 'This text is not something the workbench reads: paste an e-claim XML file, quick text (lines such as DX R07.2 or CPT 93000) or spreadsheet rows with a heading row (Type, Code, …).',
            severity: 'error',
          },
        ],
      };
  }
}
