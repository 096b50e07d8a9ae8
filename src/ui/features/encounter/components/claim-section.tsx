import { useFormContext } from 'react-hook-form';
import { recalculateTotals, type EncounterDocument } from '@/domain/claim';
import { Button } from '@/ui/components/button';
import { MoneyField, SelectField, TextField } from './inputs';
import { Section } from './section';

/** Claim identifiers, amounts and the e-claim header used on export. */
export function ClaimSection() {
  const { getValues, setValue } = useFormContext<EncounterDocument>();
  const recalc = () => {
    const totals = recalculateTotals(getValues('claim'));
    if (!totals) return;
    setValue('claim.net', totals.net, { shouldDirty: true });
    setValue('claim.gross', totals.gross, { shouldDirty: true });
    setValue('claim.patientShare', totals.patientShare, { shouldDirty: true });
  };
  return (
    <Section
      id="sec-claim"
      title="Claim"
      actions={
        <Button size="sm" onClick={recalc} title="Net = sum of activity Net; Gross = Net + Patient share">
          Recalculate totals from lines
        </Button>
      }
    >
      <div className="grid grid-cols-1 gap-x-3 gap-y-2 sm:grid-cols-2 xl:grid-cols-4">
        <TextField path="claim.id" label="Claim ID" mono />
        <TextField path="claim.providerId" label="Provider ID" mono hint="Billing facility licence" />
        <TextField path="claim.idPayer" label="Payer claim no. (IDPayer)" mono />
        <div />
        <MoneyField path="claim.gross" label="Gross" />
        <MoneyField path="claim.patientShare" label="Patient share" />
        <MoneyField path="claim.net" label="Net" hint="Gross − patient share" />
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium text-slate-800">E-claim header (used on export)</summary>
        <div className="mt-2 grid grid-cols-1 gap-x-3 gap-y-2 sm:grid-cols-3">
          <TextField path="header.senderId" label="Sender ID" mono hint="Your facility licence" />
          <TextField path="header.receiverId" label="Receiver ID" mono hint="Payer or TPA licence" />
          <SelectField
            path="header.dispositionFlag"
            label="Disposition"
            options={[
              ['TEST', 'TEST'],
              ['PRODUCTION', 'PRODUCTION'],
            ]}
          />
        </div>
      </details>
    </Section>
  );
}
