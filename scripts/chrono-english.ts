import { fileURLToPath } from 'node:url';
import type { WxtViteConfig } from 'wxt';

type Plugin = Extract<NonNullable<WxtViteConfig['plugins']>[number], { name: string }>;

const ENGLISH = fileURLToPath(new URL('../node_modules/chrono-node/dist/esm/locales/en/index.js', import.meta.url));

/**
 * The engine imports chrono-node's English parser alone (`chrono-node/en`), as Node resolves it.
 * Vite's resolver (resolve.exports 2.0.3) matches that name to the package's two-wildcard export
 * pattern and misses the file, so the build points it there, keeping the package's word that the
 * module has no side effects: what lets the popup, which names the checks without running them,
 * leave chrono-node out.
 */
export function chronoEnglish(): Plugin {
  return {
    name: 'telltale:chrono-english',
    enforce: 'pre',
    resolveId(id) {
      return id === 'chrono-node/en' ? { id: ENGLISH, moduleSideEffects: false } : null;
    },
  };
}
