// The layout's rules, checked (npm run lint): which layer may import which, no import cycles,
// files of at most 400 lines and lines of at most 120 characters in lib, components, entrypoints.
import fs from 'node:fs';
import path from 'node:path';
import longLines from './long-lines.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const DIRS = ['lib', 'components', 'entrypoints'];
const MAX_FILE_LINES = 400;
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"\n;]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** [layer of the importing file, what it may not import, why] */
const RULES = [
  [
    /^lib\//,
    /^(?:wxt|@wxt-dev\/|webextension-polyfill|#imports)/,
    'lib/ is pure TypeScript: no extension APIs',
  ],
  [/^lib\//, /^(?:components|entrypoints)\//, 'lib/ imports no UI or surface'],
  [
    /^lib\/engine\//,
    /^lib\/(?:storage|exchange)\//,
    'the engine reads pages, never the store or file formats',
  ],
  [/^lib\/domain\//, /^lib\/storage\//, 'the domain does not know how it is stored'],
  [/^lib\/linkcheck\//, /^lib\/(?:storage|exchange)\//, 'the link checker needs no store or file formats'],
];

const walk = (dir) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    : [];
const files = DIRS.flatMap((d) => walk(path.join(ROOT, d))).filter((f) => /\.(ts|tsx)$/.test(f));
const rel = (f) => path.relative(ROOT, f);

function resolve(from, spec) {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ]) {
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  }
  return null;
}

const problems = [];
const graph = new Map();
for (const f of files) {
  const text = fs.readFileSync(f, 'utf8');
  const lines = text.split('\n').length;
  if (lines > MAX_FILE_LINES) problems.push(`${rel(f)}: ${lines} lines (at most ${MAX_FILE_LINES})`);
  const deps = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    const to = resolve(f, spec);
    const target = to ? rel(to) : spec;
    for (const [from, banned, why] of RULES) {
      if (from.test(rel(f)) && banned.test(target)) problems.push(`${rel(f)} imports ${target}: ${why}`);
    }
    // A type-only import is erased, but a cycle of types still tangles the layers: count it.
    if (to && /\.(ts|tsx)$/.test(to)) deps.push(to);
  }
  graph.set(f, deps);
}

const state = new Map();
const stack = [];
function visit(n) {
  state.set(n, 1);
  stack.push(n);
  for (const d of graph.get(n) ?? []) {
    if (!graph.has(d)) continue;
    if (state.get(d) === 1)
      problems.push(`import cycle: ${[...stack.slice(stack.indexOf(d)), d].map(rel).join(' -> ')}`);
    else if (!state.get(d)) visit(d);
  }
  stack.pop();
  state.set(n, 2);
}
for (const n of graph.keys()) if (!state.get(n)) visit(n);
for (const l of longLines) problems.push(`${l}: line over 120 characters`);

for (const p of problems) console.error(`layout: ${p}`);
console.log(`layout: ${files.length} files, ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
