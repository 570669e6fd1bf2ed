import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from './helpers/audit.js';
import { PACK } from '../src/engine/knowledge/pack.js';
import { extractAny } from '../src/cli/extract-node.js';
import { jsonLines, telltale, withoutTimings } from './helpers/cli.js';
import { testPages } from './helpers/pages.js';

/**
 * The bin runs the CLI compiled by esbuild, with compromise loaded on first use: it must give the
 * very reports the sources give, for every test page. A batch is audited on a worker thread, so
 * one thread is enough here: that several give what one gives is cli-batch's test.
 */
describe('the compiled command', () => {
  it('reports every test page exactly as the engine run from its sources does', () => {
    const files = testPages().map((p) => path.join(p.dir, p.file));
    const r = telltale(['--json', '--jobs', '1', ...files]);
    expect(r.err).toBe('');
    const compiled = jsonLines(withoutTimings(r.out));
    const fromSources = files.map((f) =>
      JSON.parse(
        withoutTimings(
          JSON.stringify(
            audit(extractAny(readFileSync(f, 'utf8'), f, f.endsWith('.html') ? 'html' : 'text'), { knowledge: PACK }),
          ),
        ),
      ),
    );
    expect(compiled).toEqual(fromSources);
    expect(compiled.flatMap((report) => report.errors as unknown[])).toEqual([]);
  });
});
