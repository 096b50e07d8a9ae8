// `npm run bench`: runs every bench/*.bench.ts and prints each figure beside its target.
// A bench module exports `run(): Promise<BenchFigure[]>` (or a default function doing
// the same); the runner prints `name: measured (target …) ✓/✗` and exits 1 when a
// figure misses its target. Pass file-name fragments to run only some: `npm run bench -- codes`.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** One measured figure. `pass: null` means reported only (no target). */
export type BenchFigure = { name: string; measured: string; target: string; pass: boolean | null };
type BenchModule = { run?: () => Promise<BenchFigure[]>; default?: () => Promise<BenchFigure[]> };

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const mod = (await import(pathToFileURL(join(here, file)).href)) as BenchModule;
  const run = mod.run ?? mod.default;
  if (typeof run !== 'function') {
    console.log(`${file}: exports no run() function`);
    failed += 1;
    continue;
  }
  for (const f of await run()) {
    const mark = f.pass === null ? '' : f.pass ? ' ✓' : ' ✗';
    console.log(`${f.name}: ${f.measured}${f.target ? ` (target ${f.target})` : ''}${mark}`);
    if (f.pass === false) failed += 1;
  }
}
console.log(failed === 0 ? '\nall figures at or better than target' : `\n${failed} figure(s) missed their target`);
process.exit(failed === 0 ? 0 : 1);
