import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The source's modules import one another without a cycle, type-only imports included: a reading
 * that needs another imports it, visibly, and `Article` stays data that readings are made from.
 */
const SRC = path.resolve(import.meta.dirname, '..', 'src');

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return modules(p);
    return /\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name) ? [p] : [];
  });
}

/** Every relative module a file names: imports, re-exports and dynamic imports, types too. */
export function importsOf(file: string, source: string): string[] {
  const specifiers = [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)];
  return specifiers.map((m) => path.resolve(path.dirname(file), m[1]!.replace(/\.js$/, '.ts')));
}

/** One cycle of the graph, as the chain of files that closes it, or null. */
export function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('the import graph of src/', () => {
  it('finds a cycle where there is one, and names its files', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(findCycle(graph)).toEqual(['a', 'b', 'c', 'a']);
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toBeNull();
  });

  it('reads every kind of relative import', () => {
    const source = [
      "import type { A } from './a.js';",
      "import { b } from '../b.js';",
      "export { c } from './c.js';",
      "import './d.js';",
      "const e = await import('./e.js');",
      "import x from 'zod';",
    ].join('\n');
    const names = importsOf('/p/q/file.ts', source).map((f) => path.relative('/p', f));
    expect(names).toEqual(['q/a.ts', 'b.ts', 'q/c.ts', 'q/d.ts', 'q/e.ts']);
  });

  it('has no cycle', () => {
    const files = modules(SRC);
    const graph = new Map(files.map((f) => [f, importsOf(f, readFileSync(f, 'utf8'))]));
    const cycle = findCycle(graph);
    expect(cycle?.map((f) => path.relative(SRC, f)) ?? null).toBeNull();
  });
});
