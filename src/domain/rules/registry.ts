import { actIdDuplicate } from './edits/act-id-duplicate/edit';
import { actLinkNotOnClaim } from './edits/act-link-not-on-claim/edit';
import { actNoDiagnosisLink } from './edits/act-no-diagnosis-link/edit';
import { actOutsideEncounter } from './edits/act-outside-encounter/edit';
import { actQuantityInvalid } from './edits/act-quantity-invalid/edit';
import { actRequiredFields } from './edits/act-required-fields/edit';
import { amountsInvalid } from './edits/amounts-invalid/edit';
import { clmEmiratesIdFormat } from './edits/clm-emirates-id-format/edit';
import { clmEmiratesIdPlaceholder } from './edits/clm-emirates-id-placeholder/edit';
import { clmGrossShareMismatch } from './edits/clm-gross-share-mismatch/edit';
import { clmMemberIdMissing } from './edits/clm-member-id-missing/edit';
import { clmNetMismatch } from './edits/clm-net-mismatch/edit';
import { clmNoLines } from './edits/clm-no-lines/edit';
import { clmPayerMissing } from './edits/clm-payer-missing/edit';
import { clmRequiredFields } from './edits/clm-required-fields/edit';
import { datesInvalid } from './edits/dates-invalid/edit';
import { dobAfterDos } from './edits/dob-after-dos/edit';
import { drgCahmsAge } from './edits/drg-cahms-age/edit';
import { drgLineCount } from './edits/drg-line-count/edit';
import { drgNetNotZero } from './edits/drg-net-not-zero/edit';
import { drgOutlierUnverified } from './edits/drg-outlier-unverified/edit';
import { drgPaymentBasic } from './edits/drg-payment-basic/edit';
import { drgPaymentMismatch } from './edits/drg-payment-mismatch/edit';
import { dxAgeConflict } from './edits/dx-age-conflict/edit';
import { dxCodeDisplay } from './edits/dx-code-display/edit';
import { dxCodeFormat } from './edits/dx-code-format/edit';
import { dxCodeHeader } from './edits/dx-code-header/edit';
import { dxCodeUnknown } from './edits/dx-code-unknown/edit';
import { dxExcludes1 } from './edits/dx-excludes1/edit';
import { dxExternalCausePrincipal } from './edits/dx-external-cause-principal/edit';
import { dxFirstListedOnly } from './edits/dx-first-listed-only/edit';
import { dxManifestationPrincipal } from './edits/dx-manifestation-principal/edit';
import { dxPrincipalCount } from './edits/dx-principal-count/edit';
import { dxSeventhCharacter } from './edits/dx-seventh-character/edit';
import { dxSexConflict } from './edits/dx-sex-conflict/edit';
import { dxSymptomPrincipal } from './edits/dx-symptom-principal/edit';
import { dxUnspecified } from './edits/dx-unspecified/edit';
import { encEndBeforeStart } from './edits/enc-end-before-start/edit';
import { encRequiredFields } from './edits/enc-required-fields/edit';
import { encTypeDrgLine } from './edits/enc-type-drg-line/edit';
import { encTypeErVisit } from './edits/enc-type-er-visit/edit';
import { hdrRequiredFields } from './edits/hdr-required-fields/edit';
import { inpatientPoaMissing } from './edits/inpatient-poa-missing/edit';
import { newbornMemberId } from './edits/newborn-member-id/edit';
import { actDxNotSupported } from './edits/act-dx-not-supported/edit';
import { bilat50Missing } from './edits/bilat-50-missing/edit';
import { bilat50NotAllowed } from './edits/bilat-50-not-allowed/edit';
import { bilatNoteNo50 } from './edits/bilat-note-no-50/edit';
import { bilatSideConflict } from './edits/bilat-side-conflict/edit';
import { global25Missing } from './edits/global-25-missing/edit';
import { global57Missing } from './edits/global-57-missing/edit';
import { mod25Misuse } from './edits/mod-25-misuse/edit';
import { mod59NothingToBypass } from './edits/mod-59-nothing-to-bypass/edit';
import { mod59OnEm } from './edits/mod-59-on-em/edit';
import { mod59WithX } from './edits/mod-59-with-x/edit';
import { mueUnitsExceeded } from './edits/mue-units-exceeded/edit';
import { ncci59CannotBypass } from './edits/ncci-59-cannot-bypass/edit';
import { ncciPtpBundled } from './edits/ncci-ptp-bundled/edit';
import { pctc26AndTc } from './edits/pctc-26-and-tc/edit';
import { pctcModifierNotAllowed } from './edits/pctc-modifier-not-allowed/edit';
import { rvuCodeUnknown } from './edits/rvu-code-unknown/edit';
import type { Edit, Params } from './types';

/**
 * Every edit the workbench runs, in one list. Adding an edit = a folder under
 * edits/ (edit.ts, edit.test.ts, README.md) and one line here; registry.test.ts
 * fails if either is missing.
 */
export const EDITS: readonly Edit<Params>[] = [
  // Completeness and format
  hdrRequiredFields,
  clmRequiredFields,
  clmPayerMissing,
  clmMemberIdMissing,
  clmEmiratesIdFormat,
  clmEmiratesIdPlaceholder,
  newbornMemberId,
  encRequiredFields,
  datesInvalid,
  encEndBeforeStart,
  dobAfterDos,
  clmNoLines,
  actRequiredFields,
  actIdDuplicate,
  actQuantityInvalid,
  actOutsideEncounter,
  amountsInvalid,
  clmNetMismatch,
  clmGrossShareMismatch,
  inpatientPoaMissing,
  encTypeErVisit,
  encTypeDrgLine,
  // Diagnoses
  dxPrincipalCount,
  // ICD-10-CM validity on the date of service (docs/adr/0040)
  dxCodeFormat,
  dxCodeUnknown,
  dxCodeHeader,
  dxSeventhCharacter,
  dxCodeDisplay,
  // ICD-10-CM specificity and conventions (docs/adr/0041–0044)
  dxUnspecified,
  dxSymptomPrincipal,
  dxExcludes1,
  dxManifestationPrincipal,
  dxExternalCausePrincipal,
  dxFirstListedOnly,
  dxAgeConflict,
  dxSexConflict,
  // Linkage
  actNoDiagnosisLink,
  actLinkNotOnClaim,
  // IR-DRG claim (DOH Addendum 05; the logic is checkDrgClaim in src/domain/drg)
  drgLineCount,
  drgNetNotZero,
  drgPaymentMismatch,
  drgPaymentBasic,
  drgOutlierUnverified,
  drgCahmsAge,
  // CPT/HCPCS linkage, bundling, modifiers and units (linkage packs, NCCI PTP and MUE, PFS indicators; docs/adr/0050–0051)
  actDxNotSupported,
  ncciPtpBundled,
  ncci59CannotBypass,
  mod59OnEm,
  mod59WithX,
  mod59NothingToBypass,
  mueUnitsExceeded,
  bilat50Missing,
  bilatNoteNo50,
  bilat50NotAllowed,
  bilatSideConflict,
  global25Missing,
  global57Missing,
  mod25Misuse,
  pctcModifierNotAllowed,
  pctc26AndTc,
  rvuCodeUnknown,
] as unknown as readonly Edit<Params>[];
