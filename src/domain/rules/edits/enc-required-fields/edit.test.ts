import { aDoc, anInpatientDoc } from '@/testing/builders';
import { describeEdit } from '@/testing/describe-edit';
import { encRequiredFields } from './edit';

describeEdit(encRequiredFields, {
  pass: [
    { name: 'a complete outpatient encounter', doc: aDoc().build() },
    { name: 'an outpatient encounter needs no end or types', doc: aDoc().encounter({ end: '', startType: '', endType: '' }).build() },
    { name: 'a complete inpatient encounter', doc: anInpatientDoc().build() },
  ],
  fail: [
    {
      name: 'no facility: the provider ID is offered',
      doc: aDoc().encounter({ facilityId: '' }).build(),
      hits: [
        {
          path: ['claim', 'encounter', 'facilityId'],
          params: { field: 'Facility ID', element: 'FacilityID', inpatient: false },
          fixes: [{ label: 'Use the provider ID MF1001', patches: [{ op: 'set', path: ['claim', 'encounter', 'facilityId'], value: 'MF1001' }] }],
        },
      ],
    },
    {
      name: 'no type and no start',
      doc: aDoc().encounter({ type: '', start: '' }).build(),
      hits: [
        { path: ['claim', 'encounter', 'type'], params: { field: 'Encounter type', element: 'Type', inpatient: false } },
        { path: ['claim', 'encounter', 'start'], params: { field: 'Encounter start', element: 'Start', inpatient: false } },
      ],
      messages: ['Encounter type is empty; <Type> is required on every encounter.', 'Encounter start is empty; <Start> is required on every encounter.'],
    },
    {
      name: 'inpatient without end, start type and end type',
      doc: anInpatientDoc().encounter({ end: '', startType: '', endType: '' }).build(),
      hits: [
        { path: ['claim', 'encounter', 'end'], params: { field: 'Discharge (end)', element: 'End', inpatient: true } },
        { path: ['claim', 'encounter', 'startType'], params: { field: 'Admission type (start type)', element: 'StartType', inpatient: true } },
        { path: ['claim', 'encounter', 'endType'], params: { field: 'Discharge type (end type)', element: 'EndType', inpatient: true } },
      ],
      messages: [
        'Discharge (end) is empty; inpatient encounters (type 3 or 4) must report <End>.',
        'Admission type (start type) is empty; inpatient encounters (type 3 or 4) must report <StartType>.',
        'Discharge type (end type) is empty; inpatient encounters (type 3 or 4) must report <EndType>.',
      ],
    },
  ],
});
