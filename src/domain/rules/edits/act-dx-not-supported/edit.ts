import { linkKey } from '../../../claim';
import { defineEdit } from '../../define-edit';
import { DENIALS, SOURCES } from '../../sources';
import { dateOfService, filled } from '../../support/doc';
import { procedureLines } from '../../support/procedure';
import { linkageTableFrom, linkageVerdict, summarizePatterns, type LinkageRule, type LinkageVerdict } from '../../tables/linkage';
import type { Hit } from '../../types';

type P = {
  line: number;
  code: string;
  family: string;
  linked: string;
  notSupportingLinked: string;
  candidates: string;
  supportedBy: string;
  notSupportedBy: string;
  pack: string;
  entrySource: string;
  note: string;
};

/** Every CPT/HCPCS line a linkage pack covers is linked to at least one diagnosis that supports it. */
export const actDxNotSupported = defineEdit<P>({
  id: 'ACT-DX-NOT-SUPPORTED',
  title: 'Procedure not supported by its linked diagnoses',
  severity: 'reject',
  category: 'linkage',
  denialCode: DENIALS['MNEC-004'],
  source: SOURCES.dhamani('CPT and diagnosis linkage: an echocardiogram billed against a routine check without documented cardiac symptoms fails the medical-necessity check'),
  explain: (p) => {
    const what = `Activity ${p.line} (${p.code}, ${p.family.toLowerCase()})`;
    const linked = p.notSupportingLinked
      ? `is linked only to ${p.linked}, which ${p.notSupportingLinked.includes(',') ? 'do' : 'does'} not support it`
      : `is linked to ${p.linked}, which ${p.linked.includes(',') ? 'are' : 'is'} not among the diagnoses that support it`;
    const other = p.candidates ? `; ${p.candidates} on the claim ${p.candidates.includes(',') ? 'do' : 'does'}.` : ', and no other diagnosis on the claim does.';
    return `${what} ${linked}${other}`;
  },
  rule: (p) =>
    `${p.family ? `${p.family}: supported by ${p.supportedBy || 'any diagnosis not listed as non-supporting'}${p.notSupportedBy ? `; not by ${p.notSupportedBy} on its own` : ''} (${p.pack}; source: ${p.entrySource}). ` : ''}` +
    'A CPT or HCPCS line must be linked to a diagnosis that medically justifies it, or the payer’s medical-necessity check denies the line. Link the condition the note documents as the reason for the service, not the first diagnosis on the form. Never add a diagnosis the record does not support: if none on the claim fits, ask the clinician, or do not bill the service.' +
    (p.note ? ` ${p.note}` : ''),
  check: (doc, ctx) => {
    const table = linkageTableFrom(ctx.tables);
    if (!table) return { notChecked: 'no CPT–diagnosis linkage pack is switched on (see Rules, rule packs).' };
    const lines = procedureLines(doc);
    const dos = dateOfService(doc);
    if (!table.inForceOn(dos) && !lines.some((l) => table.inForceOn(l.date))) {
      return { notChecked: `no CPT–diagnosis linkage pack is in force on ${dos || 'the date of service (the encounter start does not read)'}.` };
    }
    // The claim's diagnoses once each (first spelling kept), and each diagnosis's verdict once per rule.
    const claimDx: string[] = [];
    const seen = new Set<string>();
    for (const d of doc.claim.diagnoses) {
      const code = d.code.trim();
      const key = linkKey(code);
      if (!filled(code) || seen.has(key)) continue;
      seen.add(key);
      claimDx.push(code);
    }
    const verdicts = new Map<LinkageRule, Map<string, LinkageVerdict>>();
    const verdictOf = (rule: LinkageRule, d: string): LinkageVerdict => {
      let byDx = verdicts.get(rule);
      if (!byDx) verdicts.set(rule, (byDx = new Map<string, LinkageVerdict>()));
      let v = byDx.get(d);
      if (v === undefined) byDx.set(d, (v = linkageVerdict(rule, d)));
      return v;
    };
    const hits: Hit<P>[] = [];
    for (const l of lines) {
      const links = l.activity.diagnosisLinks.map((x) => x.trim()).filter(filled);
      if (links.length === 0) continue; // ACT-NO-DIAGNOSIS-LINK reports it
      for (const rule of table.rulesFor(l.code, l.date)) {
        const linkVerdicts = links.map((d) => verdictOf(rule, d));
        if (linkVerdicts.includes('supports')) continue;
        const linkedKeys = new Set(links.map(linkKey));
        const candidates = claimDx.filter((d) => !linkedKeys.has(linkKey(d)) && verdictOf(rule, d) === 'supports');
        const path = ['claim', 'activities', l.index, 'diagnosisLinks'];
        hits.push({
          path,
          params: {
            line: l.line,
            code: l.code,
            family: rule.entry.title,
            linked: links.join(', '),
            notSupportingLinked: links.filter((_, i) => linkVerdicts[i] === 'not-supporting').join(', '),
            candidates: candidates.join(', '),
            supportedBy: summarizePatterns(rule.entry.supports),
            notSupportedBy: summarizePatterns(rule.entry.notSupporting),
            pack: `${rule.pack.name} v${rule.pack.version}`,
            entrySource: rule.entry.source,
            note: rule.entry.note ?? '',
          },
          discriminator: `${rule.pack.id}.${rule.index}`,
          source: { document: rule.entry.source, section: `linkage pack “${rule.pack.name}” v${rule.pack.version}, row ${rule.index + 1}: ${rule.entry.title}` },
          denialCode: DENIALS[rule.entry.denial],
          ...(candidates.length > 0
            ? { fixes: candidates.map((c) => ({ label: `Link ${c} to activity ${l.line}`, patches: [{ op: 'set' as const, path, value: [c, ...links] }] })) }
            : {}),
        });
      }
    }
    return hits;
  },
});
