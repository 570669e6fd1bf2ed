import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../src/cli/args.js';
import { CATALOGUE } from '../src/engine/catalogue.js';
import { CHECKS } from '../src/engine/registry.js';
import { CHECK_IDS } from '../src/engine/report/schema.js';

/**
 * refined-github's rule: the registry is the one list of checks. Every registered check has its
 * file, its test and its README row, and everything that names checks (the schema's ids, the
 * catalogue the popup and options page read, the CLI's help, the README table) names exactly the
 * registered ones, in both directions.
 */
const ids = CHECKS.map((c) => c.meta.id);
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
/** A check is a file, or a folder of detectors with an index (`checks/elapsed-time/`). */
const files = readdirSync(new URL('../src/engine/checks/', import.meta.url), { withFileTypes: true }).map((e) =>
  e.isDirectory() ? `${e.name}.ts` : e.name,
);

describe('check registry', () => {
  it('registers every id once', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the schema, the catalogue and the registry name the same checks', () => {
    expect([...CHECK_IDS].sort()).toEqual([...ids].sort());
    expect(Object.keys(CATALOGUE).sort()).toEqual([...ids].sort());
    for (const c of CHECKS) expect(CATALOGUE[c.meta.id]).toBe(c.meta);
  });

  it('the README table lists exactly the registered checks', () => {
    const table = readme.slice(readme.indexOf('## What each warning means'));
    const rows = [...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    expect([...rows].sort()).toEqual([...ids].sort());
  });

  it('the CLI help names every check and no other', () => {
    const named = [...USAGE.matchAll(/\b([a-z]+(?:-[a-z]+)+)\b/g)]
      .map((m) => m[1]!)
      .filter((w) => files.includes(`${w}.ts`));
    expect([...new Set(named)].sort()).toEqual([...ids].sort());
  });

  it('the checks folder holds the registered checks and nothing else', () => {
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual([...ids].sort());
  });

  it.each(CHECKS.map((c) => [c.meta.id, c] as const))(
    '%s has its test, and a case for each of its messages',
    (id, check) => {
      const test = new URL(`./checks/${id}.test.ts`, import.meta.url);
      expect(existsSync(test)).toBe(true);
      const source = readFileSync(test, 'utf8');
      for (const messageId of Object.keys(check.meta.messages))
        expect(source, `no case for message ${messageId}`).toContain(`'${messageId}'`);
      expect(check.meta.title.length).toBeGreaterThan(5);
      expect(check.meta.description.length).toBeGreaterThan(20);
    },
  );
});
