import { aDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { clmRequiredFields } from './edit';

describeEdit(clmRequiredFields, {
  pass: [{ name: 'a complete claim', doc: aDoc().build() }],
  fail: [
    {
      name: 'no claim ID',
      doc: aDoc().claim({ id: '  ' }).build(),
      hits: [{ path: ['claim', 'id'], params: { field: 'Claim ID', element: 'ID' } }],
      messages: ['Claim ID is empty; the e-claim element <ID> is required on every claim.'],
    },
    {
      name: 'no provider ID, with a facility ID to offer',
      doc: aDoc().claim({ providerId: '' }).build(),
      hits: [
        {
          path: ['claim', 'providerId'],
          params: { field: 'Provider ID', element: 'ProviderID' },
          fixes: [{ label: 'Use the facility ID MF1001', patches: [{ op: 'set', path: ['claim', 'providerId'], value: 'MF1001' }] }],
        },
      ],
    },
    {
      name: 'no amounts: recalculated from the lines',
      doc: aDoc().claim({ gross: '', net: '', patientShare: '' }).build(),
      hits: ['gross', 'patientShare', 'net'].map((key) => ({
        path: ['claim', key],
        params: { field: { gross: 'Gross', patientShare: 'Patient share', net: 'Net' }[key]!, element: { gross: 'Gross', patientShare: 'PatientShare', net: 'Net' }[key]! },
        fixes: [
          {
            label: 'Recalculate totals from the lines (Net 300.00, Gross 300.00)',
            patches: [
              { op: 'set', path: ['claim', 'net'], value: '300.00' },
              { op: 'set', path: ['claim', 'gross'], value: '300.00' },
              { op: 'set', path: ['claim', 'patientShare'], value: '0.00' },
            ],
          },
        ],
      })),
    },
  ],
});
