import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { waitUntil } from '@samspill/server-testing';

const SUPERVISE = join(__dirname, '../supervise.mjs');

/** The supervisor `npm start` runs each process under (issue 9): restarts a crashed child, logs it, stops on SIGTERM. */
describe('supervise.mjs', () => {
  it('restarts a child that crashes, logs each restart, and stops with the child on SIGTERM', async () => {
    const child = `console.log('up ' + process.pid); setTimeout(() => process.exit(3), 100);`;
    const proc = spawn(process.execPath, [SUPERVISE, 'crashy', '--', process.execPath, '-e', child], {
      env: { ...process.env, SUPERVISE_INITIAL_BACKOFF_MS: '50', SUPERVISE_MAX_BACKOFF_MS: '200' },
    });
    let out = '';
    proc.stdout.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));

    await waitUntil(async () => ((out.match(/process exited; restarting/g) ?? []).length >= 2 ? true : undefined), 20000, 'two restarts');
    const restart = out.split('\n').map((l) => (l.startsWith('{') ? JSON.parse(l) : null)).find((l) => l?.msg === 'process exited; restarting');
    expect(restart).toMatchObject({ level: 50, service: 'crashy', code: 3 });
    expect(new Set(out.match(/up \d+/g)).size).toBeGreaterThanOrEqual(2);

    proc.kill('SIGTERM');
    expect(await exited).not.toBeUndefined();
  });
});
