import { formatDateTime, isIsoDateTime } from '../../../shared/dates';
import { defineEdit } from '../../define-edit';
import { SOURCES } from '../../sources';
import type { Hit } from '../../types';

type P = { line: number; start: string; from: string; to: string };

/** Every activity happens within its encounter (from Start to End; the same day when there is no End). */
export const actOutsideEncounter = defineEdit<P>({
  id: 'ACT-OUTSIDE-ENCOUNTER',
  title: 'Activity dated outside the encounter',
  severity: 'reject',
  category: 'completeness',
  source: SOURCES.eclaim('Activity.Start within Encounter.Start–End'),
  explain: (p) => `Activity ${p.line} is dated ${p.start}, outside the encounter (${p.from} to ${p.to}).`,
  rule: () =>
    'A claim bills one encounter; each activity must fall between the encounter start and end (on the start day when the encounter has no end). The IR-DRG line is dated at discharge, which is inside.',
  check: (doc) => {
    const { start, end } = doc.claim.encounter;
    if (!isIsoDateTime(start) || (end !== '' && !isIsoDateTime(end))) return [];
    const to = end !== '' ? end : `${start.slice(0, 10)}T23:59`;
    const hits: Hit<P>[] = [];
    doc.claim.activities.forEach((a, i) => {
      if (!isIsoDateTime(a.start)) return;
      if (a.start >= start && a.start <= to) return;
      hits.push({ path: ['claim', 'activities', i, 'start'], params: { line: i + 1, start: formatDateTime(a.start), from: formatDateTime(start), to: formatDateTime(to) } });
    });
    return hits;
  },
});
