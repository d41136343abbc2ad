// Unit tests (pure logic, no I/O) and integration tests (real PostgreSQL + real Kafka).
const { pathsToModuleNameMapper } = require('./tools/jest/paths-to-module-name-mapper');

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      // type-graphql and TypeORM read emitted design-time types: keep decorator metadata on.
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const common = {
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: pathsToModuleNameMapper(),
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
};

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools}/**/__tests__/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,e2e}/**/test/**/*.int.spec.ts'],
      globalSetup: '<rootDir>/tools/jest/integration-global-setup.js',
    },
  ],
  // Integration tests start real services and wait on a real broker; unit tests finish far sooner.
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/tools/jest/plain-summary-reporter.js'],
};
