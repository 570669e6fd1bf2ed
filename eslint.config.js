// ESLint for the whole checkout: typescript-eslint's recommended rules, with type information
// (the project's tsconfig.json) for the TypeScript sources. Formatting is Prettier's
// (.prettierrc.json); `npm run lint` runs both.
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
      // Saved test pages: what a site served, not ours to restyle.
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
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'prefer-const': 'error',
      'no-var': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: NODE_GLOBALS },
  },
);
