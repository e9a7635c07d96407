// The shared ESLint flat config: JavaScript's and typescript-eslint's recommended rules for the
// TypeScript sources and tests of every workspace. Formatting is Prettier's (no style rules here).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.data/**',
      '**/.tools/**',
      '**/coverage/**',
      'infra/local/.cache/**',
      'infra/local/.run/**',
      'apps/console/src/gql/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      // Unused names are errors, except deliberately ignored ones (`_name`) and rest siblings used to drop keys.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // type-graphql resolvers and MikroORM entities are classes with decorators that TS types as Function.
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    // Tests read untyped GraphQL answers (`body.data`) without declaring every shape.
    files: ['**/*.test.ts', '**/test-graph.ts', 'infra/e2e/**/*.ts', 'load-tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Plain JavaScript (jest configs, generators) is CommonJS or ESM run by Node as is.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
    languageOptions: { globals: globals.node },
  },
);
