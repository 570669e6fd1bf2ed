import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folders say what runs where, and imports point down only: entrypoints → cli / extension →
 * views / extract → engine. The engine is plain TypeScript that runs anywhere.
 */
const root = path.resolve(import.meta.dirname, '..');
const LAYERS = ['engine', 'extract', 'views', 'extension', 'cli'] as const;
type Layer = (typeof LAYERS)[number];

const MAY_IMPORT: Record<Layer, { layers: Layer[]; packages: RegExp }> = {
  engine: { layers: ['engine'], packages: /^(?:chrono-node\/en|compromise\/two|zod\/mini)$/ },
  extract: { layers: ['engine', 'extract'], packages: /^@mozilla\/readability$/ },
  views: { layers: ['engine', 'views'], packages: /^$/ },
  extension: { layers: ['engine', 'extract', 'views', 'extension'], packages: /^(?:zod\/mini|wxt\/.*)$/ },
  cli: { layers: ['engine', 'extract', 'views', 'cli'], packages: /^(?:node:.*|linkedom|parse5|warcio)$/ },
};

/** The reader's strings, as the browser reads them: data the views read (`src/views/i18n/catalogue.ts`), no code. */
const LOCALES = /^public\/_locales\/[a-z]{2}\/messages\.json$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : full.endsWith('.ts') ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [
    ...source.matchAll(
      /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((m) => (m[1] ?? m[2])!);
}

function layerOf(file: string): Layer | 'outside' {
  const rel = path.relative(path.join(root, 'src'), file).split(path.sep);
  return (LAYERS as readonly string[]).includes(rel[0]!) ? (rel[0] as Layer) : 'outside';
}

describe('layers', () => {
  it('every source file lives in a layer', () => {
    expect(
      filesUnder(path.join(root, 'src'))
        .filter((f) => layerOf(f) === 'outside')
        .map((f) => path.relative(root, f)),
    ).toEqual([]);
  });

  for (const layer of LAYERS) {
    it(`${layer} imports only from ${MAY_IMPORT[layer].layers.join(', ')}`, () => {
      const wrong: string[] = [];
      for (const file of filesUnder(path.join(root, 'src', layer))) {
        for (const spec of importsOf(file)) {
          const resolved = path.resolve(path.dirname(file), spec);
          const ok = spec.startsWith('.')
            ? MAY_IMPORT[layer].layers.includes(layerOf(resolved) as Layer) ||
              (layer === 'views' && LOCALES.test(path.relative(root, resolved)))
            : MAY_IMPORT[layer].packages.test(spec);
          if (!ok) wrong.push(`${path.relative(root, file)} imports ${spec}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('the engine touches no page, browser or Node globals', () => {
    const globals =
      /\b(?:document|window|browser|chrome|process|navigator|location|localStorage)\s*\.|\bBuffer\b|\brequire\(/;
    const wrong = filesUnder(path.join(root, 'src', 'engine')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(?:\/\/|\*|\/\*)/.test(line) && globals.test(line))
        .map((line) => `${path.relative(root, file)}: ${line.trim()}`),
    );
    expect(wrong).toEqual([]);
  });

  it('the import scanner sees imports (so the rules above can fail)', () => {
    const cliFile = path.join(root, 'src', 'cli', 'audit-task.ts');
    expect(importsOf(cliFile).some((s) => s.startsWith('../engine/'))).toBe(true);
  });
});
