// ESLint for the whole checkout: typescript-eslint's recommended rules with type information
// (the project's tsconfig.json) for the TypeScript sources. Layout is Prettier's (.prettierrc.json);
// `npm run lint` runs both, `npm run format` rewrites the layout.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Node's globals, for the few plain JavaScript files (TypeScript's own checker covers the rest). */
const NODE_GLOBALS = Object.fromEntries(
  ['process', 'console', 'URL', 'Buffer', 'setTimeout', 'clearTimeout', 'setImmediate', 'queueMicrotask'].map(
    (name) => [name, 'readonly'],
  ),
);

export default defineConfig(
  {
    ignores: [
      '.output/',
      '.wxt/',
      'dist/',
      'coverage/',
      'test-results/',
      'scratch/',
      // Saved test pages: what a site served, not code of ours.
      'tests/pages/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // A Highlight holds AbstractRanges, whose toString() is the text they cover.
      '@typescript-eslint/no-base-to-string': [
        'error',
        { ignoredTypeNames: ['Error', 'RegExp', 'URL', 'URLSearchParams', 'AbstractRange'] },
      ],
      // An async event listener is the DOM's usual form; a promise handed to any other void slot is still an error.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      // `interface Types extends TreeAdapterTypeMap<...> {}` names one long instantiation.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // An async function without await still turns a throw into a rejection, as callers of a
      // promise-returning interface expect.
      '@typescript-eslint/require-await': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
      'object-shorthand': ['error', 'properties'],
    },
  },
  {
    // No source line over 120 characters (Prettier's printWidth); the knowledge pack's data files hold long
    // entries as written.
    ignores: ['src/engine/knowledge/data/**'],
    rules: { 'max-len': ['error', { code: 120, ignoreUrls: true }] },
  },
  {
    // Tests read JSON (reports, command output, fixtures) and check it with expect(), not with types.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: NODE_GLOBALS },
  },
);
