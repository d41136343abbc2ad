import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * `npm start` exports NODE_ENV=development (and `npm test` NODE_ENV=test) for the services and
 * builds the web app in the same shell. Vite takes NODE_ENV from the environment, so the app
 * shipped React's development build: larger, slower (extra checks) and noisy. The build must
 * produce React's production build whatever NODE_ENV the caller has.
 */
const ROOT = join(__dirname, '../../..');

describe('web app build', () => {
  let out: string;
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  it.each(['development', 'test'])('ships React’s production build when NODE_ENV=%s', async (nodeEnv) => {
    out = mkdtempSync(join(tmpdir(), 'samspill-web-build-'));
    await promisify(execFile)(
      'npx',
      ['vite', 'build', '--config', 'apps/web/vite.config.ts', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'],
      {
        cwd: ROOT,
        env: { ...process.env, NODE_ENV: nodeEnv },
        timeout: 120_000,
      },
    );
    const js = readdirSync(join(out, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(out, 'assets', f), 'utf8'))
      .join('\n');
    // React's production build minifies its errors; its development build warns in prose.
    // (Booleans, not toContain: a failure would otherwise print the whole bundle.)
    // The development JSX runtime also writes the build machine's absolute source paths into the bundle.
    expect({
      minifiedErrors: js.includes('Minified React error'),
      developmentWarnings: js.includes('is deprecated in plain JavaScript React classes'),
      sourcePaths: js.includes(ROOT),
    }).toEqual({ minifiedErrors: true, developmentWarnings: false, sourcePaths: false });
  });
});
