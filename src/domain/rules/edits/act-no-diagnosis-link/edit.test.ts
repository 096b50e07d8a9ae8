import { aDoc, anInpatientDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { actNoDiagnosisLink } from './edit';

describeEdit(actNoDiagnosisLink, {
  pass: [
    { name: 'linked', doc: aDoc().build() },
    { name: 'DRG and service lines need no link', doc: anInpatientDoc().build() },
  ],
  fail: [
    {
      name: 'an ECG with no link; the principal is offered',
      doc: aDoc().activities({ code: '99213', diagnosisLinks: ['R07.2'] }, { code: '93000', diagnosisLinks: [] }).build(),
      hits: [
        {
          path: ['claim', 'activities', 1, 'diagnosisLinks'],
          params: { line: 2, code: '93000', principal: 'R07.2' },
          fixes: [{ label: 'Link the principal diagnosis R07.2', patches: [{ op: 'set', path: ['claim', 'activities', 1, 'diagnosisLinks'], value: ['R07.2'] }] }],
        },
      ],
      messages: ['Activity 2 (93000) is not linked to any diagnosis.'],
    },
    {
      name: 'HCPCS line with only a blank link and no principal',
      doc: aDoc().diagnoses().activities({ type: '4', code: 'J0696', diagnosisLinks: [' '] }).build(),
      hits: [{ path: ['claim', 'activities', 0, 'diagnosisLinks'], params: { line: 1, code: 'J0696', principal: '' } }],
    },
  ],
});
