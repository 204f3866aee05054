// Native-ESM jest: swc transpiles TypeScript with legacy decorators and metadata, as the build does.
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2023',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
    module: { type: 'es6' },
  },
];

const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^#core$': '<rootDir>/libs/core/src/index.ts',
    '^#core/testing$': '<rootDir>/libs/core/src/testing/index.ts',
    '^#(identity|catalog|search|booking|billing|obligations|matching|reporting|evaluation|demo)$':
      '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
};

export default {
  // Booting the app, seeding the demo data or racing 200 requests takes seconds on a busy 2-core machine: jest's 5 s
  // default fails them there for no fault of the code. A guard against hangs, not a performance assertion.
  testTimeout: 30_000,
  // Native-ESM jest keeps every test file's module graph alive in the process that ran it: run in one process, the
  // whole suite outgrew V8's default heap (4 GB) after 75 of 95 files. With a limit set, jest runs the files in worker
  // processes (one on 2 cores, so still one file at a time) and starts a fresh one when a worker outgrows it.
  workerIdleMemoryLimit: '1536MB',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts', '<rootDir>/test/contract/**/*.contract-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
