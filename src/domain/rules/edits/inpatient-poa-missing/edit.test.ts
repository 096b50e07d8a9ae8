import { aDoc, anInpatientDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { inpatientPoaMissing } from './edit';

describeEdit(inpatientPoaMissing, {
  pass: [
    { name: 'inpatient with POA', doc: anInpatientDoc().build() },
    { name: 'outpatients need no POA', doc: aDoc().build() },
  ],
  fail: [
    {
      name: 'second diagnosis without POA, third with an empty one',
      doc: anInpatientDoc()
        .diagnoses(
          { type: 'Principal', code: 'J18.9', dxInfo: [{ type: 'POA', code: 'Y' }], extensions: [] },
          { type: 'Secondary', code: 'E11.9', dxInfo: [], extensions: [] },
          { type: 'Secondary', code: 'I10', dxInfo: [{ type: 'poa', code: ' ' }], extensions: [] },
        )
        .build(),
      hits: [
        { path: ['claim', 'diagnoses', 1, 'dxInfo', 'poa'], params: { line: 2, code: 'E11.9' } },
        { path: ['claim', 'diagnoses', 2, 'dxInfo', 'poa'], params: { line: 3, code: 'I10' } },
      ],
      messages: [
        'Diagnosis 2 (E11.9) has no present-on-admission indicator; this is an inpatient encounter.',
        'Diagnosis 3 (I10) has no present-on-admission indicator; this is an inpatient encounter.',
      ],
    },
  ],
});
