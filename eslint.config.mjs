// ESLint 9 flat config. `npm run lint` runs `eslint . --max-warnings 0`: every rule here is an
// error or off, never a warning nobody reads.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';
import jest from 'eslint-plugin-jest';
import { createProjectGraphAsync } from '@nx/devkit';

// @nx/enforce-module-boundaries only reads Nx's *cached* project graph; without one it prints a
// warning and silently skips every file. Compute the graph now (no daemon, no cloud: see nx.json)
// so the boundaries are always checked, against the projects and tags as they are today.
process.env.NX_DAEMON = 'false';
process.env.NX_NO_CLOUD = 'true';
await createProjectGraphAsync({ exitOnError: true });

/**
 * House rule 1: boundaries are real. Tags come from each project.json. A project whose tags
 * match no constraint may depend on nothing, so a new project must be tagged to be usable.
 */
const depConstraints = [
  // Apps never import apps: only server libs and contracts.
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:server-lib', 'type:contracts'] },
  { sourceTag: 'type:server-lib', onlyDependOnLibsWithTags: ['type:server-lib', 'type:contracts'] },
  // The test lib builds on the server libs; nothing but tests may import it (see testDepConstraints).
  { sourceTag: 'type:test-lib', onlyDependOnLibsWithTags: ['type:server-lib', 'type:contracts'] },
  // Contracts are the shared language between services: plain TS that depends on nothing.
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
  // Build, seed and benchmark tools load apps' modules (schemas, consumers, data sources) and any lib.
  { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:app', 'type:web-app', 'type:server-lib', 'type:contracts', 'type:web', 'type:test-lib'] },
  // End-to-end tests start the real apps in-process.
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:app', 'type:web-app', 'type:server-lib', 'type:contracts', 'type:web'] },
  // Scopes say the same along the other axis: a service's code never reaches into another's.
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:server', onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'] },
  // Front ends (the web app, the embeds and their libs) import only front-end libs (rule 18).
  { sourceTag: 'type:web-app', onlyDependOnLibsWithTags: ['type:web'] },
  { sourceTag: 'type:web', onlyDependOnLibsWithTags: ['type:web'] },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web'] },
];

/**
 * The test lib (server-testing, tag type:test-lib) is for tests only: app and lib sources may not
 * import it (the constraints above do not list it), test files may (these add it).
 */
const TEST_LIB_USERS = ['type:app', 'type:server-lib', 'type:e2e'];
const testDepConstraints = [
  ...depConstraints.map((c) =>
    TEST_LIB_USERS.includes(c.sourceTag) ? { ...c, onlyDependOnLibsWithTags: [...c.onlyDependOnLibsWithTags, 'type:test-lib'] } : c,
  ),
];

const boundaries = (extra = {}) => [
  'error',
  {
    enforceBuildableLibDependency: true,
    banTransitiveDependencies: false,
    checkDynamicDependenciesExceptions: [],
    depConstraints,
    ...extra,
  },
];

const TS = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const TESTS = ['**/__tests__/**/*.ts', '**/*.spec.ts', '**/test/**/*.ts'];

// The few Node globals the plain-JS tooling files use (not worth a dependency on `globals`).
const nodeGlobals = Object.fromEntries(
  ['require', 'module', 'exports', '__dirname', '__filename', 'process', 'Buffer', 'console', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'URL'].map(
    (name) => [name, 'readonly'],
  ),
);

export default defineConfig(
  {
    ignores: ['**/node_modules/', '**/dist/', '**/.cache/', '**/coverage/', '.nx/', '.samspill/', 'libs/client/src/generated/', 'test-output/'],
  },

  js.configs.recommended,

  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', ecmaVersion: 2022, globals: nodeGlobals },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', ecmaVersion: 2022, globals: nodeGlobals },
  },

  // typescript-eslint's recommended set without type information, to keep lint fast.
  tseslint.configs.recommended.map((config) => ({ ...config, files: config.files ?? TS })),

  {
    files: TS,
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': boundaries(),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Structural, not sloppiness: type-graphql (`buildSchema({ resolvers, orphanedTypes })`, its
      // container) and TypeORM (`entities`, `migrations`) take class references typed as `Function`,
      // so schema and data-source wiring must speak that type. Banning it would mean casts that hide
      // more than they show.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      // Services log through pino; see the exceptions for tools/ and the bootstraps below.
      'no-console': 'error',
      // One import statement per module (a separate `import type` is allowed): two imports of one
      // module are how merges leave duplicates behind.
      'no-duplicate-imports': ['error', { allowSeparateTypeImports: true }],
    },
  },
  {
    files: TESTS,
    plugins: { jest },
    languageOptions: { globals: jest.environments.globals.globals },
    rules: {
      // House rule 11: no `.only`, no skipped tests, no expectation that is never awaited.
      'jest/no-focused-tests': 'error',
      'jest/no-disabled-tests': 'error',
      'jest/valid-expect': 'error',
      // Tests, and only tests, may import the test lib (type:test-lib).
      '@nx/enforce-module-boundaries': boundaries({ depConstraints: testDepConstraints }),
    },
  },
  {
    // e2e tests start the apps in-process, and apps have no import alias (nothing else may
    // import them): allow e2e's relative imports of app code. Everything else is still checked.
    files: ['e2e/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries({ depConstraints: testDepConstraints, allow: ['^(\\.\\./)+apps/[^/]+/(src|test|tooling)/'] }),
    },
  },

  {
    files: ['tools/**', 'apps/embed/tooling/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Like e2e, tools reach apps (which have no import alias) and libs by relative path.
    files: ['tools/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries({ allow: ['^(\\.\\./)+(apps|libs)/'] }),
    },
  },
  {
    // A bootstrap reports a configuration error before any logger exists.
    files: ['apps/*/src/main.ts'],
    rules: { 'no-console': ['error', { allow: ['error'] }] },
  },
);
