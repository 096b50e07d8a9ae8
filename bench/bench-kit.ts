/**
 * Timing helpers for bench modules (bench/run.ts finds every bench/*.bench.ts and runs
 * its exported `run()`, printing `name: measured (target …) ✓/✗`).
 */

/** One measured figure, as bench/run.ts prints it. `pass: null` means reported only (no target). */
export type BenchFigure = { name: string; measured: string; target: string; pass: boolean | null };

export type Timing = { readonly median: number; readonly p95: number; readonly runs: number };

/** Times `fn` (milliseconds): `warmup` unrecorded runs, then `runs` recorded ones. */
export function time(fn: () => unknown, { runs = 15, warmup = 3 }: { runs?: number; warmup?: number } = {}): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number): number => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95), runs };
}

/** A timing against a maximum: passes when the median is within it (p95 shown beside it). */
export function timingFigure(name: string, t: Timing, maxMs: number): BenchFigure {
  return { name, measured: `median ${t.median.toFixed(0)} ms, p95 ${t.p95.toFixed(0)} ms over ${t.runs} runs`, target: `median ≤ ${maxMs} ms`, pass: t.median <= maxMs };
}

/** A figure that is reported without a target. */
export function info(name: string, measured: string): BenchFigure {
  return { name, measured, target: '', pass: null };
}
