import { isIsoDateTime, formatDateTime } from '../../../shared/dates';
import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';

/** The encounter ends at or after it starts. */
export const encEndBeforeStart = defineEdit<{ start: string; end: string }>({
  id: 'ENC-END-BEFORE-START',
  title: 'Encounter ends before it starts',
  severity: 'reject',
  category: 'completeness',
  source: SOURCES.eclaim('Encounter.End must be ≥ Encounter.Start'),
  explain: (p) => `The encounter ends ${p.end}, before it starts ${p.start}.`,
  rule: () => 'Encounter.End must be on or after Encounter.Start. A reversed pair usually means day and month were swapped.',
  check: (doc) => {
    const { start, end } = doc.claim.encounter;
    if (!isIsoDateTime(start) || !isIsoDateTime(end) || end >= start) return [];
    return [{ path: ['claim', 'encounter', 'end'], params: { start: formatDateTime(start), end: formatDateTime(end) } }];
  },
});
