import type { PtpEntry, RulePack } from '@/domain/rules';

/**
 * NCCI procedure-to-procedure starter pairs, written by the team so the bundling edits
 * work before the CMS table is imported. Each pair follows a principle stated in the
 * CMS NCCI Policy Manual for Medicare Services: a panel includes its component tests
 * (ch. X), a global test includes its professional and technical parts and a complete
 * study includes the limited one (ch. XI, ch. IX), a surgical endoscopy includes the
 * diagnostic endoscopy (ch. VI), the more extensive arthroscopy includes the lesser
 * one in the same knee (ch. IV). The modifier indicators are the team's reading of
 * those principles; the quarterly CMS table is the authority and, once imported,
 * is consulted before this pack.
 */
const FROM = '2024-01-01';
const row = (column1: string, column2: string, modifierIndicator: PtpEntry['modifierIndicator'], rationale: string): PtpEntry => ({
  column1,
  column2,
  effectiveFrom: FROM,
  deletedOn: '',
  modifierIndicator,
  rationale,
});

const PANEL = 'Panel includes the component test (NCCI Policy Manual ch. X)';

const ENTRIES: readonly PtpEntry[] = [
  // Organ and disease panels include their component tests
  row('80053', '80048', '0', 'Comprehensive metabolic panel includes every basic metabolic panel test (NCCI Policy Manual ch. X)'),
  row('80053', '82040', '0', PANEL),
  row('80053', '82565', '0', PANEL),
  row('80053', '82947', '0', PANEL),
  row('80053', '84450', '0', PANEL),
  row('80053', '84460', '0', PANEL),
  row('80048', '82565', '0', PANEL),
  row('80048', '82947', '0', PANEL),
  row('80061', '82465', '0', PANEL),
  row('80061', '83718', '0', PANEL),
  row('80061', '84478', '0', PANEL),
  row('80076', '82040', '0', PANEL),
  row('80076', '84450', '0', PANEL),
  row('80076', '84460', '0', PANEL),
  row('85025', '85027', '0', 'Blood count with differential includes the count without it (NCCI Policy Manual ch. X)'),
  row('81001', '81003', '0', 'Urinalysis with microscopy includes the one without (NCCI Policy Manual ch. X)'),
  // Global tests include their parts; complete studies include limited ones
  row('93000', '93005', '0', 'Global ECG includes the tracing (NCCI Policy Manual ch. XI)'),
  row('93000', '93010', '0', 'Global ECG includes the interpretation and report (NCCI Policy Manual ch. XI)'),
  row('93306', '93307', '0', 'Complete echocardiogram includes the study without Doppler (NCCI Policy Manual ch. XI)'),
  row('93306', '93308', '0', 'Complete echocardiogram includes the limited study (NCCI Policy Manual ch. XI)'),
  row('94060', '94010', '0', 'Spirometry before and after bronchodilator includes spirometry (NCCI Policy Manual ch. XI)'),
  row('71046', '71045', '1', 'The two-view chest X-ray includes the single view; a repeat at another session is distinct (NCCI Policy Manual ch. IX)'),
  row('73564', '73562', '1', 'The knee series includes fewer views of the same knee (NCCI Policy Manual ch. IX)'),
  row('76700', '76705', '1', 'The complete abdominal ultrasound includes the limited study (NCCI Policy Manual ch. IX)'),
  // Surgical endoscopy includes the diagnostic endoscopy; more extensive arthroscopy includes the lesser one
  row('45380', '45378', '1', 'Surgical colonoscopy includes the diagnostic colonoscopy (NCCI Policy Manual ch. VI)'),
  row('45385', '45378', '1', 'Surgical colonoscopy includes the diagnostic colonoscopy (NCCI Policy Manual ch. VI)'),
  row('43239', '43235', '1', 'Surgical upper GI endoscopy includes the diagnostic endoscopy (NCCI Policy Manual ch. VI)'),
  row('29880', '29881', '1', 'Medial and lateral meniscectomy includes the single meniscectomy of the same knee (NCCI Policy Manual ch. IV)'),
  row('20610', '20605', '1', 'Injections of a major and an intermediate joint are one service at one site (NCCI Policy Manual ch. IV)'),
  row('10061', '10060', '1', 'Complicated abscess drainage includes the simple drainage (NCCI Policy Manual ch. III)'),
];

export const NCCI_PTP_STARTER_PACK: RulePack<PtpEntry> = {
  id: 'ncci-ptp-starter',
  name: 'NCCI PTP starter pairs',
  kind: 'ncci-ptp',
  version: '2025.1',
  effectiveFrom: '2024-01-01',
  effectiveTo: '',
  source: {
    document: 'Written by the team from the CMS National Correct Coding Initiative Policy Manual for Medicare Services',
    section: 'ch. III, IV, VI, IX, X, XI; import the quarterly CMS PTP table for the authoritative pairs',
  },
  description: '30 well-known pairs (lab panels and their tests, ECG and echocardiogram components, imaging series, surgical vs diagnostic endoscopy, knee arthroscopy) so the bundling edits work out of the box.',
  entries: ENTRIES,
};
