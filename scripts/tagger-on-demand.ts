import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WxtViteConfig } from 'wxt';

type Plugin = Extract<NonNullable<WxtViteConfig['plugins']>[number], { name: string }>;

const root = fileURLToPath(new URL('..', import.meta.url));
const ENGINE_TAGGER = path.join(root, 'src', 'engine', 'text', 'tagger.ts');
const ON_DEMAND = path.join(root, 'src', 'extension', 'tagger-on-demand.ts');

/**
 * For the content script's build only: the engine's tagger module is replaced by the one that
 * waits for entrypoints/tagger.ts, so that compromise is not bundled into the content script.
 */
export function taggerOnDemand(): Plugin {
  return {
    name: 'telltale:tagger-on-demand',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !/(?:^|\/)tagger\.js$/.test(source)) return null;
      return path.resolve(path.dirname(importer), source).replace(/\.js$/, '.ts') === ENGINE_TAGGER ? ON_DEMAND : null;
    },
  };
}
