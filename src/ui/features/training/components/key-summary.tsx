import { KEY_FIELDS, type ScenarioKey } from '@/domain/training';

type Props = {
  scenarioKey: ScenarioKey;
  /** Code titles, when the code catalog knows them. */
  titleOf?: ((code: string) => string | undefined) | undefined;
  /** Larger type for the presentation view. */
  large?: boolean;
};

/** The answer key as a coder reads it: diagnoses in sequence, lines with modifiers and links, DRG and payment. */
export function KeySummary({ scenarioKey: key, titleOf, large = false }: Props) {
  const text = large ? 'text-2xl leading-relaxed' : 'text-sm';
  const head = large ? 'text-2xl font-semibold mt-6' : 'text-sm font-semibold mt-3';
  const withTitle = (code: string) => {
    const t = titleOf?.(code);
    return (
      <>
        <span className="font-mono font-semibold">{code}</span>
        {t && <> — {t}</>}
      </>
    );
  };
  return (
    <div className={text}>
      <h3 className={head.replace(' mt-6', '').replace(' mt-3', '')}>Diagnoses, in sequence</h3>
      <ol className="ml-6 list-decimal">
        {key.diagnoses.map((d) => (
          <li key={d.code}>
            {withTitle(d.code)} <span className="text-slate-700">({d.type}{d.poa ? `, POA ${d.poa}` : ''})</span>
          </li>
        ))}
      </ol>
      {key.procedures.length > 0 && (
        <>
          <h3 className={head}>Procedures and services</h3>
          <ul className="ml-6 list-disc">
            {key.procedures.map((p, i) => (
              <li key={`${p.code}-${i}`}>
                {withTitle(p.code)}
                {p.quantity !== '1' && <> × {p.quantity}</>}
                {p.modifiers.length > 0 && <> · modifiers <span className="font-mono">{p.modifiers.join(', ')}</span></>}
                {p.links.length > 0 && <> · linked to <span className="font-mono">{p.links.join(', ')}</span></>}
              </li>
            ))}
          </ul>
        </>
      )}
      {key.drg && (
        <>
          <h3 className={head}>IR-DRG and payment</h3>
          <p>
            <span className="font-mono font-semibold">{key.drg.code}</span> · total payment <span className="font-mono font-semibold">{key.drg.payment} AED</span>
          </p>
        </>
      )}
      {key.fields.length > 0 && (
        <>
          <h3 className={head}>Patient and encounter data</h3>
          <ul className="ml-6 list-disc">
            {key.fields.map((f) => (
              <li key={f.field}>
                {KEY_FIELDS[f.field]}: <span className="font-mono">{f.value}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
