import { SHORTCUTS } from './shortcuts';

/** In-app help: what the workbench does, shortcuts, how data gets in. */
export function HelpPage() {
  return (
    <div className="mx-auto max-w-3xl space-y-4 px-4 py-4 text-sm leading-relaxed">
      <h1 className="text-xl font-semibold">Help</h1>
      <section aria-labelledby="help-what">
        <h2 id="help-what" className="text-base font-semibold">
          What this is
        </h2>
        <p>
          A coding workbench for GCC payers (Abu Dhabi DOH, Dubai DHA, Oman Dhamani). Enter or paste an encounter and check it before it goes to the payer. Everything runs
          in this browser: encounters, notes and imported code sets are stored on this computer only and nothing is sent anywhere.
        </p>
      </section>
      <section aria-labelledby="help-keys">
        <h2 id="help-keys" className="text-base font-semibold">
          Keyboard shortcuts
        </h2>
        <ul className="list-disc pl-5">
          {SHORTCUTS.map((s) => (
            <li key={s.keys}>
              <kbd className="font-mono">{s.keys}</kbd>: {s.label}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
