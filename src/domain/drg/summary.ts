import type { DrgPaymentResult } from './calculate-drg-payment';
import type { DrgClaimLine } from './claim-lines';
import { describeUse, DRG_ASSUMPTION_INFO } from './assumptions';
import type { DrgStep } from './steps';

/** One row of the result table the panel shows above the steps. */
export type DrgSummaryRow = { readonly id: string; readonly label: string; readonly value: string };

const OUTLIER_LABEL = { cost: 'cost outlier (service code 99)', 'mental-health-los': 'mental-health LOS outlier (service code 99-02)', none: 'none' } as const;

/**
 * A line as the result table shows it, e.g. `Type 8 99-02: 4207.50`.
 * @example lineText({ role: 'drg', activityType: '9', code: '194101', net: '14807.00' }) //=> 'Type 9 194101: 14807.00'
 */
export function lineText(l: DrgClaimLine): string {
  return `Type ${l.activityType} ${l.code}: ${l.net}`;
}

/**
 * The result table of a DRG calculation (base, add-on, outlier, CAHMS, totals, split, e-claim lines),
 * ready to render; nothing in it needs computing again.
 * @example toDrgSummaryRows(calc.result).find((r) => r.id === 'total')?.value //=> '14807.00'
 */
export function toDrgSummaryRows(r: DrgPaymentResult): DrgSummaryRow[] {
  const rows: DrgSummaryRow[] = [{ id: 'status', label: 'Status', value: r.status }];
  const add = (id: string, label: string, value: string | null | undefined) => {
    if (value !== null && value !== undefined) rows.push({ id, label, value });
  };
  add('drg', 'IR-DRG', r.drg ? `${r.drg.code} ${r.drg.description}`.trim() + ` (${r.drg.sourceLabel})` : null);
  add(
    'parameters',
    'Payment parameters',
    r.parameters ? `${r.parameters.profileName}: base rate ${r.parameters.baseRate}, gap ${r.parameters.gap}, marginal ${r.parameters.marginalPercent}%` : null,
  );
  add('los', 'Actual LOS (days)', r.lengthOfStay);
  add('age', 'Age on admission', r.ageYears === null ? null : String(r.ageYears));
  add('drg-amount', 'Base rate × RW (whole AED)', r.base?.drgAmount);
  add('add-on', 'HCPCS add-on', r.base?.addOn);
  add('base', 'Base payment', r.base?.basePayment);
  if (r.cost) add('cost', r.cost.complete ? 'Cost' : 'Cost (incomplete)', r.cost.kind === 'manual' ? `${r.cost.amount} (entered by hand)` : r.cost.amount);
  if (r.outlier) {
    const lowerBound = r.cost?.complete === false ? ' (cost incomplete: may be higher)' : '';
    const value = r.outlier.kind === 'none' ? 'none' : `${r.outlier.amount} ${OUTLIER_LABEL[r.outlier.kind]}`;
    add('outlier', 'Outlier', r.outlier.evaluated ? `${value}${lowerBound}` : 'not evaluated (no cost)');
  }
  if (r.cahms) add('cahms', 'CAHMS adjustor (99-03)', r.cahms.applies ? r.cahms.amount : 'none');
  add('t', 'Total DRG payment (T)', r.totalDrgPayment);
  add('total', 'Total payment', r.total);
  if (r.split) {
    add('split-rule', 'Split rule', r.split.rule ?? 'undecided');
    if (r.split.coveredDays !== null) add('split-days', 'X / Y days', `${r.split.coveredDays} / ${r.split.totalDays ?? ''}`);
    add('payer1', 'Payer 1', r.split.payer1 ? `${r.split.payer1.total} (DRG ${r.split.payer1.drgPayment} + CAHMS ${r.split.payer1.cahms})` : null);
    add('payer2', 'Payer 2', r.split.payer2 ? `${r.split.payer2.total} (DRG ${r.split.payer2.drgPayment} + CAHMS ${r.split.payer2.cahms})` : null);
    if (r.split.payer1 && r.split.rule === 'surgical-formula') add('payer1-lines', 'Payer 1 e-claim lines', r.split.payer1.lines.map(lineText).join('; '));
    if (r.split.payer2 && r.split.rule === 'surgical-formula') add('payer2-lines', 'Payer 2 e-claim lines', r.split.payer2.lines.map(lineText).join('; '));
  }
  add('lines', 'E-claim lines', r.claimLines.length > 0 ? r.claimLines.map(lineText).join('; ') : null);
  return rows;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * A readable markdown report of a calculation: result table, steps (#, step, formula, substituted,
 * result, rounding, source), notes, issues, guidance and the assumptions. The golden files of the
 * reference cases are written with it, and a coder can copy it into an audit note.
 * @example toDrgExplanationMarkdown('E2', calc).startsWith('# E2') //=> true
 */
export function toDrgExplanationMarkdown(title: string, calc: { readonly result: DrgPaymentResult; readonly steps: readonly DrgStep[] }, description = ''): string {
  const out: string[] = [`# ${title}`, ''];
  if (description !== '') out.push(description, '');
  out.push('## Result', '', '| Item | Value |', '|---|---|');
  for (const row of toDrgSummaryRows(calc.result)) out.push(`| ${cell(row.label)} | ${cell(row.value)} |`);
  out.push('', '## Steps', '', '| # | Step | Formula | Substituted | Result | Rounding | Source |', '|---|---|---|---|---|---|---|');
  const notes: string[] = [];
  calc.steps.forEach((s, i) => {
    const n = i + 1;
    const source = [s.source, ...(s.assumptions ?? []).map((u) => `assumption ${describeUse(u)}`)].join('; ');
    out.push(`| ${n} | ${cell(s.label)} | ${cell(s.formula)} | ${cell(s.substituted)} | ${cell(s.result)} | ${cell(s.rounding)} | ${cell(source)} |`);
    if (s.note !== undefined) notes.push(`${n}. ${s.note}`);
  });
  if (notes.length > 0) out.push('', '### Notes on the steps', '', ...notes.map((x) => `- Step ${x}`));
  if (calc.result.issues.length > 0) {
    out.push('', '## Issues', '', ...calc.result.issues.map((i) => `- ${i.severity} \`${i.code}\`: ${i.message}`));
  }
  if (calc.result.guidance.length > 0) out.push('', '## Guidance', '', ...calc.result.guidance.map((g) => `- ${g}`));
  out.push('', '## Assumptions', '', '| Setting | Value | Default |', '|---|---|---|');
  for (const info of DRG_ASSUMPTION_INFO) {
    out.push(`| ${cell(info.label)} (\`${info.key}\`) | ${String(calc.result.assumptions[info.key])} | ${info.defaultValue} |`);
  }
  out.push('');
  return out.join('\n');
}
