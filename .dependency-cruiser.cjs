// Module boundaries of the monorepo, checked by `npm run depcruise` (depcruise apps libs --config .dependency-cruiser.cjs).
// The import graph is the one TypeScript sees: '#catalog'-style subpath imports resolve through the "types"
// condition of package.json#imports to libs/<name>/src/index.ts, and './x.js' specifiers to ./x.ts.
// ESLint (eslint.config.js) catches the same mistakes earlier, in the editor; this is the authoritative check.

/** Test code: unit specs beside the code, e2e/contract specs and helpers under test/. */
const TEST_FILE = '(^test/)|([.](spec|e2e-spec|contract-spec)[.]ts$)';
/** A context's public API. */
const CONTEXT_INDEX = '^libs/[^/]+/src/index[.]ts$';
const CORE_TESTING_INDEX = '^libs/core/src/testing/index[.]ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'context-through-index-only',
      severity: 'error',
      comment:
        "A context uses another only through its public API, libs/<name>/src/index.ts (import '#<name>'), " +
        "never its entities, repositories or services directly. '#core/testing' is the one other entry point (test files only).",
      from: { path: '^libs/([^/]+)/src/' },
      to: { path: '^libs/[^/]+/', pathNot: ['^libs/$1/', CONTEXT_INDEX, CORE_TESTING_INDEX] },
    },
    {
      name: 'apps-use-libs-through-index-only',
      severity: 'error',
      comment:
        "Apps assemble contexts through their public API: import '#<name>' (libs/<name>/src/index.ts), never a deeper file.",
      from: { path: '^apps/' },
      to: { path: '^libs/', pathNot: [CONTEXT_INDEX, CORE_TESTING_INDEX] },
    },
    {
      name: 'core-testing-only-from-tests',
      severity: 'error',
      comment:
        "'#core/testing' (test database, factories) is for spec and test files only; production code never loads it.",
      from: { pathNot: [TEST_FILE, '^libs/core/'] },
      to: { path: '^libs/core/src/testing/' },
    },
    {
      name: 'libs-not-to-apps',
      severity: 'error',
      comment: 'Libraries never depend on an application: apps depend on libs, not the other way round.',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'core-not-to-contexts',
      severity: 'error',
      comment: 'libs/core is the shared kernel: it must not know any bounded context (identity, catalog, booking...).',
      from: { path: '^libs/core/' },
      to: { path: '^libs/(?!core/)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'No import cycles at all, inside a context or across contexts: a cycle means neither side can be read, tested or ' +
        'moved alone, and under native ESM it can surface as "Cannot access X before initialization". Break it by moving ' +
        'the shared part (types, a pure function) into a file of its own that both import (e.g. catalog.types.ts), or ' +
        'across contexts by inverting it with an event or a lookup the other side plugs in.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'resolvers-not-to-repositories',
      severity: 'error',
      comment:
        "resolver -> service -> repository: a resolver reads and writes through a service (or its context's loaders), " +
        'where access rules live; it never imports a repository.',
      from: { path: '[.]resolver[.]ts$' },
      to: { path: '[.]repository[.]ts$' },
    },
    {
      name: 'context-not-through-own-alias',
      severity: 'error',
      comment:
        "Inside a context, import its own files relatively ('./x.js'), not through its own '#<name>' alias: going through " +
        'index.ts from inside creates import cycles (and "Cannot access X before initialization" under ESM).',
      from: { path: '^libs/([^/]+)/src/' },
      to: { path: '^libs/$1/src/index[.]ts$', dependencyTypes: ['aliased-subpath-import'] },
    },
    {
      name: 'production-not-to-test',
      severity: 'error',
      comment: 'Production code never imports test code (test/ is not in the build or the Docker image).',
      from: { pathNot: TEST_FILE },
      to: { path: '^test/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment:
        'An import that cannot be resolved would make the rules above silently blind to it (and fails at runtime): ' +
        'fix the specifier, or the resolution options below.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'production-not-to-dev-dep',
      severity: 'error',
      comment:
        'The Docker image installs production dependencies only (npm ci --omit=dev): production code may not load a ' +
        'devDependency at runtime. Type-only imports are erased by the build and are fine.',
      // apps/web is built by Vite into static files: its packages are build-time devDependencies by design.
      from: { path: '^(apps|libs)/', pathNot: [TEST_FILE, '^apps/web/'] },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-only-through-graphql',
      severity: 'error',
      comment:
        'The web app runs in the browser and talks to the API over GraphQL only (types generated from ' +
        'apps/api/schema.gql): it never imports server code, and server code never imports it.',
      from: { path: '^apps/web/' },
      to: { path: '^(libs|apps/(?!web/)|test)/' },
    },
    {
      name: 'server-not-to-web',
      severity: 'error',
      comment: 'The API serves the built web app as files (dist/web); it never imports its source.',
      from: { path: '^(libs|apps/(?!web/))' },
      to: { path: '^apps/web/' },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules'] },
    exclude: { path: ['^dist/', '^coverage/', '^[.]data', '^apps/web/src/gql/', '^apps/web/src/gql-workspace/'] },
    // Count type-only imports too: an entity type borrowed from another context is still a boundary breach,
    // and with decorator metadata a "type" in a constructor signature is a runtime reference anyway.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      // package.json#imports ('#core' ...) has a "types" condition pointing at the .ts source: it must come first.
      // "exports" so that ESM-only packages (NestJS 12, meilisearch) resolve as npm dependencies too.
      exportsFields: ['exports'],
      conditionNames: ['types', 'import', 'default'],
      mainFields: ['types', 'typings', 'module', 'main'],
      // Relative specifiers are written './x.js' (nodenext); dependency-cruiser 17 retries an unresolvable
      // '.js' as '.ts'/'.d.ts' by itself, as tsc does, so no extensionAlias is needed (nor accepted by its schema).
      extensions: ['.ts', '.js', '.tsx'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
