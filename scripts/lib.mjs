// Helpers shared by scripts/start.mjs and scripts/test-all.mjs. Node built-ins only:
// these scripts must run on a fresh clone, before `npm ci` has installed anything.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;

/** Runs a command with inherited output; returns its exit code. */
export function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...options, env: { ...process.env, ...(options.env ?? {}) } });
  if (r.error) {
    console.error(`Could not run ${cmd}: ${r.error.message}`);
    return 127;
  }
  return r.status ?? 1;
}

/** Installs the locked dependencies when node_modules is missing or older than package-lock.json. */
export function ensureDependencies() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  const stale = !existsSync(marker) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000);
  if (!stale) return;
  console.log('Installing dependencies (npm ci)…');
  const code = run('npm', ['ci', '--no-audit', '--no-fund'], { env: { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } });
  if (code !== 0) {
    console.error('npm ci failed. Check the network access to the npm registry, then run the command again.');
    process.exit(code);
  }
}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

/** Path of a Chromium the e2e tests can drive, or '' when none is installed. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', which('chromium'), which('chromium-browser')];
  for (const c of candidates) if (c && existsSync(c)) return c;
  return '';
}

/** Whether Playwright's own Chromium is installed (used when no system Chromium exists). */
async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : '';
  } catch {
    return '';
  }
}

/**
 * Makes sure a Chromium exists: Debian's `chromium` package where apt is usable,
 * else Playwright's own download; else stops with the exact command to run.
 * Returns the path to pass as CHROMIUM_PATH ('' = Playwright's own browser).
 */
export async function ensureChromium() {
  let path = findChromium();
  if (path) return path;
  if (await playwrightChromium()) return '';
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (which('apt-get') && (isRoot || which('sudo'))) {
    console.log('No Chromium found: installing Debian\'s chromium package…');
    const sudo = isRoot ? [] : ['sudo', '-n'];
    const apt = [...sudo, 'apt-get', '-o', 'DPkg::Lock::Timeout=300'];
    run(apt[0], [...apt.slice(1), 'update', '-qq']);
    run(apt[0], [...apt.slice(1), 'install', '-y', '-qq', 'chromium'], { env: { DEBIAN_FRONTEND: 'noninteractive' } });
    path = findChromium();
    if (path) return path;
  }
  console.log('Trying Playwright\'s own Chromium download…');
  if (run('npx', ['playwright', 'install', 'chromium']) === 0 && (await playwrightChromium())) return '';
  console.error(
    [
      'No Chromium is available for the browser tests. Install one, then run `npm test` again:',
      '  sudo apt-get install -y chromium        # Debian/Ubuntu',
      '  npx playwright install chromium         # anywhere else',
      'or point CHROMIUM_PATH at an existing Chromium/Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}
