// Runs TypeScript sources directly in a plain Node process, with the decorator metadata that
// type-graphql and TypeORM need (which tsx/esbuild do not emit) and the `@samspill/*` aliases.
// Tests use it for child processes that must load modules the real way (e.g. so OpenTelemetry's
// instrumentations patch them as they load, which Jest's own module loader would bypass).
// Use: node -r ./tools/run/register-swc.js some/file.ts
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const Module = require('node:module');
const { transformSync } = require('@swc/core');
const tsconfigPaths = require('tsconfig-paths');

const root = join(__dirname, '../..');
const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));
tsconfigPaths.register({ baseUrl: root, paths: compilerOptions.paths });

const options = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

Module._extensions['.ts'] = function compileTs(module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), { ...options, filename });
  module._compile(code, filename);
};
