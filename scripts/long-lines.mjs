// Lists lines over 120 characters in lib, components and entrypoints (part of npm run lint).
import fs from 'node:fs';
import path from 'node:path';

const MAX = 120;
const walk = (dir) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    : [];
const long = [];
for (const f of ['lib', 'components', 'entrypoints'].flatMap(walk).filter((f) => /\.(ts|tsx)$/.test(f))) {
  fs.readFileSync(f, 'utf8')
    .split('\n')
    .forEach((l, i) => l.length > MAX && long.push(`${f}:${i + 1} (${l.length})`));
}
export default long;
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const l of long) console.log(l);
  process.exit(long.length ? 1 : 0);
}
