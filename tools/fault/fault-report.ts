import type { EffectCount } from './effect-ledger';
import type { MutationCounters } from './gateway-client';

export interface ScenarioResult {
  scenario: string;
  title: string;
  faults: string[];
  outageSeconds: number;
  streamSeconds: number;
  decisions: MutationCounters;
  measurements: MutationCounters;
  committedDecisions: number;
  committedUnacknowledged: number;
  effects: EffectCount[];
  unpublishedOutboxRows: Record<string, number>;
  parkedOutboxRows: Record<string, number>;
  converged: boolean;
  secondsToConvergeAfterLastRecovery: number;
  secondsToConvergeAfterStreamStopped: number;
  recoverySeconds: Record<string, number>;
}

const pad = (v: string | number, n: number) => String(v).padStart(n);
const mutations = (name: string, c: MutationCounters) =>
  `${name.padEnd(13)} sent ${pad(c.sent, 4)}  accepted ${pad(c.accepted, 4)}  retried ${pad(c.retried, 5)}  replayed ${pad(c.replayed, 3)}  abandoned ${c.abandoned}  rejected ${JSON.stringify(c.rejected)}`;

/** A table for people, then the same figures as one JSON line for scripts. */
export function printResult(r: ScenarioResult, ok: boolean): void {
  const lines = [
    '',
    `=== ${r.scenario}: ${r.title} — ${ok ? 'OK' : 'FAILED'} ===`,
    ...r.faults.map((f) => `  fault  ${f}`),
    `  stream ${r.streamSeconds} s of decisions through the gateway`,
    `  ${mutations('decisions', r.decisions)}`,
    `  ${mutations('measurements', r.measurements)}`,
    `  committed decisions ${r.committedDecisions} (of which answered with an error: ${r.committedUnacknowledged})`,
    `  ${'effect'.padEnd(58)} ${pad('expected', 8)} ${pad('observed', 8)} ${pad('lost', 5)} ${pad('dup', 4)}`,
    ...r.effects.map((e) => `  ${e.effect.padEnd(58)} ${pad(e.expected, 8)} ${pad(e.observed, 8)} ${pad(e.lost, 5)} ${pad(e.duplicated, 4)}`),
    `  outbox rows unpublished ${JSON.stringify(r.unpublishedOutboxRows)}, parked ${JSON.stringify(r.parkedOutboxRows)}`,
    `  ${r.converged ? 'converged' : 'NOT converged'} ${r.secondsToConvergeAfterLastRecovery} s after the last recovery (${r.secondsToConvergeAfterStreamStopped} s after the stream stopped)`,
    `  recovery actions took ${JSON.stringify(r.recoverySeconds)} s`,
    `FAULT_RESULT ${JSON.stringify(r)}`,
  ];
  console.log(lines.join('\n'));
}
