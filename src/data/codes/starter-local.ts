/**
 * DOH (Abu Dhabi) local service codes, reported as Activity type 8 ("Service code").
 * Descriptions written by the team; where each code comes from:
 *
 * - `99`: the IR-DRG outlier payment line. DOH Claims & Adjudication Rules,
 *   Addendum 05 (V2025) §4.4.1: "Activity.Net must be set to zero … except for the
 *   IR-DRG code, and service code 99 for the outlier payment"; the real InstaHMS
 *   DRG code posts the outlier as service code 99 (../shared/docs/domain.md §2.1, [H]).
 * - `99-02`: the mental-health length-of-stay outlier, Addendum 05 §4.4.2.2
 *   ("reported using SRVC Code 99-02"), rule effective 1 October 2025.
 * - `99-03`: the CAHMS adjustor (patients under 18 in eligible mental-health DRGs),
 *   Addendum 05 §4.4.2.3 ("reported using SRVC code 99-03"), effective 1 October 2025.
 * - `98`: the HCPCS add-on payment of a DRG claim (Table A items), as the InstaHMS
 *   DRG code posts it (domain.md §2.1); HCPCS add-ons apply to encounters from
 *   15 September 2014 (HAAD Circular DG 37/14, via domain.md §2.1). [M]: not in the addendum text.
 */

/** [service code, our own description, effective from (ISO) or ''] */
export const STARTER_LOCAL_ROWS: readonly (readonly [code: string, description: string, effectiveFrom: string])[] = [
  ['98', 'IR-DRG HCPCS add-on payment (Table A items)', '2014-09-15'],
  ['99', 'IR-DRG outlier payment', ''],
  ['99-02', 'IR-DRG mental health length-of-stay outlier payment', '2025-10-01'],
  ['99-03', 'IR-DRG CAHMS adjustor (child and adolescent mental health, under 18)', '2025-10-01'],
];
