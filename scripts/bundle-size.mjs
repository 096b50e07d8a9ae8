// Prints the gzip size of the JavaScript the browser loads before the first screen
// (the entry chunk and its static imports; lazy chunks excluded). Target ≤ 250 KB.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TARGET_KB = 250;
const dist = new URL('../dist/', import.meta.url).pathname;
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error('dist/.vite/manifest.json not found: run `npx vite build` first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
if (!entry) {
  console.error('No entry chunk in the build manifest.');
  process.exit(1);
}
const seen = new Set();
const stack = [entry[0]];
let raw = 0;
let gz = 0;
while (stack.length) {
  const key = stack.pop();
  if (seen.has(key)) continue;
  seen.add(key);
  const chunk = manifest[key];
  const bytes = readFileSync(join(dist, chunk.file));
  raw += bytes.length;
  gz += gzipSync(bytes, { level: 9 }).length;
  for (const imp of chunk.imports ?? []) stack.push(imp);
}
const kb = (n) => (n / 1024).toFixed(1);
console.log(`initial JS: ${kb(raw)} KB raw, ${kb(gz)} KB gzip (target ≤ ${TARGET_KB} KB gzip) in ${seen.size} chunk(s)`);
if (gz / 1024 > TARGET_KB) {
  console.error(`Initial JS is over the ${TARGET_KB} KB gzip budget: lazy-load a route or a heavy library.`);
  process.exit(1);
}
