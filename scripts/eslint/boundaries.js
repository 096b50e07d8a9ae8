// A local ESLint rule that keeps the folder layout honest. It resolves every
// relative or `@/` import to a path under src/ and checks it against the layer
// map below. Imports flow one way: domain ← data/workers ← ui/features ← ui/app.
import { dirname, join, relative, resolve, sep } from 'node:path';

const SRC = resolve(import.meta.dirname, '..', '..', 'src');

/** Which layer a path under src/ belongs to; features are told apart by name. */
function layerOf(absPath) {
  const rel = relative(SRC, absPath).split(sep);
  if (rel[0] === '..' || rel.length === 0) return null;
  if (rel[0] === 'ui' && rel[1] === 'features' && rel[2]) return `feature:${rel[2]}`;
  if (rel[0] === 'ui') return `ui/${rel[1] ?? ''}`;
  return rel[0];
}

/** May a file in layer `from` import from layer `to`? */
function allowed(from, to) {
  if (from === to) return true;
  switch (from) {
    case 'domain':
      return false; // only itself
    case 'data':
      return to === 'domain';
    case 'workers':
      return to === 'domain' || to === 'data';
    case 'testing':
      return to !== 'ui/app';
    case 'ui/lib':
      return to === 'domain' || to === 'data' || to === 'workers';
    case 'ui/components':
      return to === 'domain' || to === 'ui/lib';
    case 'ui/app':
      return true;
    default:
      if (from?.startsWith('feature:')) {
        return ['domain', 'data', 'workers', 'ui/components', 'ui/lib'].includes(to);
      }
      return true; // main.tsx, index files at src root
  }
}

function why(from, to) {
  if (from === 'domain') return 'src/domain is pure and imports only src/domain; tables and services come in as arguments.';
  if (from.startsWith('feature:') && to.startsWith('feature:'))
    return 'UI features do not import each other: move the shared piece to src/ui/components or src/ui/lib, or compose the two in src/ui/app.';
  if (to === 'ui/app') return 'Only main.tsx imports the app shell.';
  return `Imports flow domain ← data/workers ← ui/features ← ui/app; ${from} may not import ${to}.`;
}

/** The only packages src/domain may use (docs/adr/0001-architecture.md); tests may add their tools. */
const DOMAIN_PACKAGES = ['decimal.js', 'zod', 'saxes'];
const DOMAIN_TEST_PACKAGES = ['vitest', 'fast-check'];
const DOMAIN_DATA_TEST_PACKAGES = ['node:fs', 'node:path', 'node:url', 'node:zlib'];

export const boundaries = {
  meta: {
    type: 'problem',
    messages: {
      crossed: '{{from}} may not import {{to}}: {{why}}',
      domainPackage: 'src/domain may use only {{allowed}}; "{{name}}" belongs in a worker, src/ui or src/data (see docs/adr/0001-architecture.md).',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (!from) return {};
    function check(node, source) {
      if (typeof source !== 'string') return;
      let target;
      if (source.startsWith('.')) target = resolve(dirname(file), source);
      else if (source.startsWith('@/')) target = join(SRC, source.slice(2));
      else {
        if (from === 'domain') {
          const name = source.startsWith('@') ? source.split('/').slice(0, 2).join('/') : source.split('/')[0];
          const allowedHere = [...DOMAIN_PACKAGES];
          if (/\.test\.ts$/.test(file)) allowedHere.push(...DOMAIN_TEST_PACKAGES);
          if (/\.shared-data\.test\.ts$/.test(file)) allowedHere.push(...DOMAIN_DATA_TEST_PACKAGES);
          if (!allowedHere.includes(name) && !allowedHere.includes(source))
            context.report({ node, messageId: 'domainPackage', data: { name: source, allowed: allowedHere.join(', ') } });
        }
        return;
      }
      const to = layerOf(target);
      if (!to || allowed(from, to)) return;
      // Tests anywhere may use the shared test builders.
      if (to === 'testing' && /\.test\.tsx?$/.test(file)) return;
      context.report({ node, messageId: 'crossed', data: { from, to, why: why(from, to) } });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { boundaries } };
