// ESLint flat config: `npm run lint` (eslint .). Syntax-only (no type information), so it stays fast.
// Module boundaries are checked twice: here, early and in the editor, and authoritatively by
// dependency-cruiser (`npm run depcruise`, .dependency-cruiser.cjs), which resolves every import.
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import prettierConfig from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

const TS_FILES = ['apps/**/*.ts', 'apps/web/**/*.tsx', 'libs/**/*.ts', 'test/**/*.ts'];
const WEB_FILES = ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'];
const TEST_FILES = ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/*.contract-spec.ts', 'test/**/*.ts'];

// Relative imports stay inside their own libs/<name>/src or apps/<name>/src; everything else goes through
// the '#<context>' subpath imports of package.json (libs/<context>/src/index.ts, the context's public API).
const NO_LIBS_PATH = {
  regex: '(^|/)libs(/|$)',
  message: "Import another context through its public API, '#<context>' (e.g. '#catalog'), not by path.",
};
const NO_APPS_PATH = { regex: '(^|/)apps(/|$)', message: 'Libraries and apps never import an app by path.' };
const NO_CORE_TESTING = {
  regex: '^#core/testing$',
  message: "'#core/testing' (test database, factories) is for spec and test files only.",
};
/** A relative specifier climbing `levels` or more directories: from a file `levels - 1` folders below src/, it leaves src/. */
const leavesSrc = (levels) => ({
  regex: `^(\\.\\./){${levels},}`,
  message: "This relative import leaves the file's own src/ folder: use the '#<context>' alias of the other context.",
});

// A file's no-restricted-imports options replace (not merge with) those of earlier blocks, so each block below
// carries the full list. Depth = folders between src/ and the file (libs/booking/src/booking/dto/x.ts is 2).
const MAX_DEPTH = 8;
const srcDepthBlocks = [];
for (let depth = 0; depth <= MAX_DEPTH; depth += 1) {
  const dirs = '*/'.repeat(depth) + (depth === MAX_DEPTH ? '**/' : '');
  const files = [`libs/*/src/${dirs}*.ts`, `apps/*/src/${dirs}*.ts`];
  const common = [NO_LIBS_PATH, NO_APPS_PATH, leavesSrc(depth + 1)];
  // Test files, and libs/core which owns it, may import '#core/testing'...
  srcDepthBlocks.push({ files, rules: { 'no-restricted-imports': ['error', { patterns: common }] } });
  // ...production code of apps and the other contexts may not.
  srcDepthBlocks.push({
    files,
    ignores: ['libs/core/**', ...TEST_FILES],
    rules: { 'no-restricted-imports': ['error', { patterns: [...common, NO_CORE_TESTING] }] },
  });
}

export default defineConfig(
  globalIgnores([
    '**/dist/',
    '**/node_modules/',
    '**/coverage/',
    '**/.data/',
    '**/.data-*/',
    'libs/core/src/database/migrations/',
    'apps/web/src/gql/',
    'apps/web/src/gql-workspace/',
    'test-results/',
  ]),

  // typescript-eslint's recommended set without type information (not recommendedTypeChecked: no tsconfig program).
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: TS_FILES })),

  {
    files: TS_FILES,
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Off on purpose: swc compiles each file alone with decorator metadata, and Nest's DI reads a constructor
      // parameter's class from that metadata. `import type { UserService }` (or the inline `type` modifier the
      // rule's autofix writes) erases the import, the metadata becomes `Object` and injection fails at runtime.
      // Classes used for DI, GraphQL types and validation must stay value imports.
      '@typescript-eslint/consistent-type-imports': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      eqeqeq: ['error', 'always'],
      // Log through Nest's Logger / pino (structured, levelled, redacted), never console.
      'no-console': 'error',
      // Outside src/ (test/): libraries only through their aliases; apps by path are allowed, since e2e tests
      // boot the real app (test/support/test-app.ts imports apps/api/src/bootstrap.js).
      'no-restricted-imports': ['error', { patterns: [NO_LIBS_PATH] }],
    },
  },

  ...srcDepthBlocks,

  // The web app: React's rules of hooks; the browser app talks to the API over GraphQL only, never importing
  // its code (the path rules above already forbid libs/ and other apps).
  { ...reactHooks.configs.flat.recommended, files: WEB_FILES },

  {
    // One way of showing an error: every error Alert is ErrorShell's (ErrorAlert for a failed request, FormErrors for
    // what a form's API refused), so all read alike (role, title, icon) and change together.
    files: WEB_FILES,
    ignores: ['apps/web/src/components/ErrorAlert.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXOpeningElement[name.name='Alert'] > JSXAttribute[name.name='type'][value.value='error']",
          message: 'Show an error through ErrorAlert, FormErrors or ErrorShell (src/components/ErrorAlert.tsx).',
        },
      ],
    },
  },

  {
    // Benchmarks and scripts report to the terminal.
    files: ['test/bench/**/*.ts', 'test/web/*.bench.ts', '**/scripts/**/*.ts'],
    rules: { 'no-console': 'off' },
  },

  // Formatting is Prettier's job (`npm run format:check` in CI): turn off ESLint rules that would fight it.
  prettierConfig,
);
