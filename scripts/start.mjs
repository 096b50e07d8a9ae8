// `npm start`: install what is missing, build the production app and serve it on a fixed local port.
import { ensureDependencies, run } from './lib.mjs';

const port = process.env.WORKBENCH_PORT ?? '4173';
ensureDependencies();
if (run('npx', ['vite', 'build']) !== 0) process.exit(1);
console.log(`\nCoding Workbench: open http://localhost:${port}/  (Ctrl+C stops it; nothing leaves this machine)\n`);
process.exit(run('npx', ['vite', 'preview', '--port', port, '--strictPort', '--host', '127.0.0.1']));
