import { ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './infra';

export type AppName = 'network-strategy' | 'portfolios' | 'benefits';

/**
 * One service instance as its own OS process (compiled from dist/, as `npm start` runs it), so a
 * scenario can `kill -9` it like a crashed host and start it again on the same port. Its log
 * goes to `<log>`, appended across restarts.
 */
export class ServiceProcess {
  private proc: ChildProcess | null = null;

  constructor(
    readonly name: string,
    readonly app: AppName,
    readonly port: number,
    private readonly env: Record<string, string>,
    private readonly logPath: string,
  ) {}

  get running(): boolean {
    return this.proc !== null && this.proc.exitCode === null && this.proc.signalCode === null;
  }

  /** Starts the process; resolves when its /ready answers 200 (the database is reachable). */
  async start(timeoutMs = 120000): Promise<void> {
    const fd = openSync(this.logPath, 'a');
    const portVar = `${this.app.toUpperCase().replace(/-/g, '_')}_PORT`;
    const proc = spawn(process.execPath, ['-r', join(ROOT, 'tools/run/register-dist-paths.js'), join(ROOT, `dist/apps/${this.app}/src/main.js`)], {
      cwd: ROOT,
      env: { ...process.env, ...this.env, [portVar]: String(this.port) },
      stdio: ['ignore', fd, fd],
    });
    closeSync(fd);
    this.proc = proc;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`${this.name} exited during start-up (see ${this.logPath})`);
      if (await this.ready()) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`${this.name} not ready after ${timeoutMs / 1000} s (see ${this.logPath})`);
  }

  private async ready(): Promise<boolean> {
    try {
      const res = await fetch(`http://127.0.0.1:${this.port}/ready`, { signal: AbortSignal.timeout(2000) });
      return res.ok;
    } catch {
      return false;
    }
  }

  /** kill -9: no shutdown hooks, no in-flight work finished, like a crashed host. */
  async kill9(): Promise<void> {
    const proc = this.proc;
    if (!proc || !this.running) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGKILL');
    await exited;
  }

  /** A clean stop (SIGTERM: the service drains), SIGKILL after 20 s. */
  async stop(): Promise<void> {
    const proc = this.proc;
    if (!proc || !this.running) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    const timer = setTimeout(() => proc.kill('SIGKILL'), 20000);
    await exited;
    clearTimeout(timer);
  }
}
