// vitest reads tsconfig.json, which extends .wxt/tsconfig.json: a file `wxt prepare` writes, and
// npm install does not run in a checkout. The tests need the file, not fresh types, so prepare
// runs here only when it is missing (it takes seconds); `npm run typecheck` always refreshes them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
if (!existsSync(new URL('.wxt/tsconfig.json', root))) {
  const wxt = fileURLToPath(new URL('node_modules/wxt/bin/wxt.mjs', root));
  const r = spawnSync(process.execPath, [wxt, 'prepare'], { cwd: fileURLToPath(root), stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
