import { emptyActivity, emptyDocument, type Activity, type EncounterDocument } from '@/domain/claim';
import type { DrgCostActivity, DrgPaymentInput, DrgTables, DrgWeightRow, DrgWeightsTable, PaymentProfile, TariffTable } from '@/domain/drg';

/**
 * Small, synthetic tables and builders for the DRG tests and the DRG claim edits' tests (the
 * domain cannot import src/data).
 * DRG codes 1999xx and the "(test)" descriptions are made up; the 1941xx rows are copied from
 * Appendix A so the cases read like real ones.
 */

function row(code: string, description: string, rw: string, alos: string, low: string, high: string, flagged = false): DrgWeightRow {
  return { code, description, relativeWeight: rw, alos, lowTrim: low, highTrim: high, mentalHealth: flagged, cahms: flagged };
}

/** A full-tariff-like weights table without eligibility flags (as a Mandatory Tariff import would be). */
export const TEST_WEIGHTS: DrgWeightsTable = {
  id: 'test-weights-2025',
  label: 'Test weights 2025',
  version: '2025 (test)',
  effectiveFrom: '2025-01-01',
  effectiveTo: '',
  origin: 'imported',
  sourceNote: 'test fixture',
  rows: [
    row('111101', 'IP MAJOR JOINT PROCEDURE (test)', '1.5000', '5.00', '1', '12'),
    row('111102', 'IP MAJOR JOINT PROCEDURE W/CC (test)', '2.5150', '7.00', '2', '15'),
    row('051101', 'IM CHEST PAIN (test)', '1.0010', '2.10', '1', '6'),
    row('051102', 'IM CHEST PAIN W/CC (test)', '1.0030', '2.40', '1', '6'),
    row('061301', 'IP OTHER DIGESTIVE PROCEDURE (test)', '1.23456', '4.00', '1', '9'),
    row('061302', 'IP OTHER DIGESTIVE PROCEDURE W/CC (test)', '0.6803', '3.00', '1', '8'),
    row('151101', 'NEONATE, BIRTHWT >2499G (test)', '0.9000', '3.00', '1', '8'),
    row('194101', 'IM SCHIZOPHRENIA', '1.7420', '15.30', '1', '29'),
  ],
};

/** A copy of part of Appendix A plus two made-up mental-health DRGs for the domain.md oracles E4 and E5. */
export const TEST_APPENDIX: DrgWeightsTable = {
  id: 'test-appendix-a',
  label: 'Appendix A (test copy)',
  version: 'V2025 Addendum 05',
  effectiveFrom: '2025-10-01',
  effectiveTo: '',
  origin: 'built-in',
  sourceNote: 'test fixture',
  rows: [
    row('194101', 'IM SCHIZOPHRENIA', '1.7420', '15.30', '1', '29', true),
    row('194111', 'IM MAJOR DEPRESSION', '1.6353', '12.40', '1', '28', true),
    row('194173', 'IM CHILDHOOD ONSET MENTAL DISORDERS W/MCC', '3.0010', '9.80', '1', '23', true),
    row('199901', 'IM MENTAL HEALTH E4 (test)', '0.9000', '10.00', '1', '20', true),
    row('199902', 'IM MENTAL HEALTH E5 (test)', '1.2345', '7.30', '1', '18', true),
  ],
};

/** A Mandatory Tariff price list (made-up prices). */
export const TEST_TARIFF: TariffTable = {
  id: 'test-tariff-2025',
  label: 'Test tariff 2025',
  version: '2025 (test)',
  effectiveFrom: '2025-01-01',
  effectiveTo: '',
  origin: 'imported',
  sourceNote: 'test fixture',
  rows: [
    { codeType: '3', code: '27447', price: '30000.00' },
    { codeType: '3', code: '99223', price: '500.00' },
    { codeType: '3', code: '99232', price: '250.00' },
    { codeType: '4', code: 'C1776', price: '9500.00' },
    { codeType: '5', code: 'D-0001', price: '12.50' },
    { codeType: '8', code: 'RB-01', price: '2000.00' },
  ],
};

/** A negotiated product with a per-DRG override. */
export const TEST_ENHANCED_PROFILE: PaymentProfile = {
  id: 'enhanced-a001',
  name: 'Enhanced (payer A001)',
  payerIds: ['A001'],
  note: 'test fixture',
  versions: [
    { effectiveFrom: '2025-01-01', effectiveTo: '2025-12-31', baseRate: '9,000.00', gap: '20000', marginalPercent: '70', drgOverrides: [{ drgCode: '111101', gap: '15000', marginalPercent: '80' }] },
    { effectiveFrom: '2026-01-01', effectiveTo: '', baseRate: '9500', gap: '20000', marginalPercent: '70', drgOverrides: [] },
  ],
};

export const TEST_TABLES: DrgTables = { weights: [TEST_WEIGHTS, TEST_APPENDIX], tariffs: [TEST_TARIFF], profiles: [TEST_ENHANCED_PROFILE] };

/** A DRG input with sensible defaults (a 10-day stay in October 2025). */
export function drgInput(overrides: Partial<DrgPaymentInput> = {}): DrgPaymentInput {
  return { drgCode: '111101', admission: '2025-10-01T10:00', discharge: '2025-10-11T10:00', caseType: 'surgical', ...overrides };
}

/** Cost activities for a given list of [type, code, quantity]. */
export function costActivities(items: readonly (readonly [string, string, string])[]): DrgCostActivity[] {
  return items.map(([type, code, quantity], i) => ({ activityId: String(i + 1), type, code, quantity }));
}

/** An activity row with the given fields. */
export function activity(id: string, type: string, code: string, net: string, start = '2025-10-02T09:00', quantity = '1'): Activity {
  return { ...emptyActivity(id, start), type, code, net, quantity };
}

/** An inpatient DOH encounter document (type 3), 2025-10-01 10:00 → 2025-10-11 10:00, with the given activities. */
export function inpatientDocument(activities: readonly Activity[], overrides: { dateOfBirth?: string; payerId?: string; encounterType?: string; end?: string } = {}): EncounterDocument {
  const doc = emptyDocument('DOH');
  return {
    ...doc,
    patient: { ...doc.patient, dateOfBirth: overrides.dateOfBirth ?? '1980-05-20', sex: 'F' },
    claim: {
      ...doc.claim,
      id: 'CLM-1',
      payerId: overrides.payerId ?? 'B002',
      patientShare: '0.00',
      encounter: {
        ...doc.claim.encounter,
        type: overrides.encounterType ?? '3',
        start: '2025-10-01T10:00',
        end: overrides.end ?? '2025-10-11T10:00',
        startType: '1',
        endType: '1',
      },
      activities: [...activities],
    },
  };
}
