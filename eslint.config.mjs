import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, top to bottom: main (with config.ts and the *-cli.ts entry points) -> server -> api
 * -> services -> store -> seed -> domain. A module may import its own layer and the ones below it, never
 * one above: each entry lists the folders (or root modules) a layer must not reach.
 */
const layers = [
  ['server', ['main', 'config']],
  ['api', ['main', 'config', 'server']],
  ['services', ['main', 'config', 'server', 'api']],
  ['store', ['main', 'config', 'server', 'api', 'services']],
  ['seed', ['main', 'config', 'server', 'api', 'services', 'store']],
  ['domain', ['main', 'config', 'server', 'api', 'services', 'store', 'seed']],
];

const layerRules = layers.map(([layer, above]) => ({
  files: [`src/${layer}/**/*.ts`],
  // Command-line entry points sit at main's level: they read the configuration and open stores.
  ignores: ['src/**/*-cli.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            // Relative specifiers only name top-level folders of src/ after their ../ steps.
            regex: `^(\\.{1,2}/)+(${above.join('|')})(/|$)`,
            message: `src/${layer} sits below ${above.join(', ')}: import downwards only (layers in eslint.config.mjs).`,
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  // examples/generated: written by `npm run codegen` (scripts/codegen.ts), checked by test/unit/codegen.test.ts.
  // web/playground/vendor: third-party code kept as published (see its README.md).
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'test-output/',
      'examples/generated/',
      'web/playground/vendor/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  ...layerRules,
);
