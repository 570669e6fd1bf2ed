import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../src/engine/checks/index.js';
import { CHECK_IDS } from '../src/engine/report/schema.js';

/** refined-github's rule: every check is registered, has its file and its test, and is documented. */
describe('check registry', () => {
  const files = readdirSync(new URL('../src/engine/checks/', import.meta.url));
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  it('registers every id once, in the schema too', () => {
    expect(CHECKS.map((c) => c.id).sort()).toEqual([...CHECK_IDS].sort());
  });
  it.each(CHECKS.map((c) => [c.id, c] as const))('%s has its file, its test and a README entry', (id, check) => {
    expect(files).toContain(`${id}.ts`);
    expect(existsSync(new URL(`./checks/${id}.test.ts`, import.meta.url))).toBe(true);
    expect(readme).toContain(`\`${id}\``);
    expect(check.title.length).toBeGreaterThan(5);
    expect(check.description.length).toBeGreaterThan(20);
  });
});
