import type { Pool } from 'pg';
import type { AcceptedDecision, AcceptedMeasurement } from './decision-stream';

/** One downstream effect: how many there should be, how many there are, what is missing or doubled. */
export interface EffectCount {
  effect: string;
  expected: number;
  observed: number;
  lost: number;
  duplicated: number;
}

export interface Ledger {
  /** Decisions committed in portfolios (whatever the client heard back). */
  committedDecisions: number;
  /** Committed but answered to the client with an error (a lost response, retried after its lease). */
  committedUnacknowledged: number;
  effects: EffectCount[];
  /** Outbox rows not (yet) PUBLISHED, per service; DEAD counts as parked. */
  unpublished: Record<string, number>;
  parked: Record<string, number>;
  converged: boolean;
}

interface CaseRow {
  case_id: string;
  decision_rows: number;
  decided: string | null;
  case_decision: string | null;
  decided_events: number;
  decided_applied: number;
  cell_decision: string | null;
  cell_project: string | null;
  cell_measured: boolean;
  project_ids: string[] | null;
}

const CASES = `
  SELECT c.id::text AS case_id, d.n AS decision_rows, d.decision AS decided, c.decision AS case_decision,
         (SELECT count(*) FROM portfolios.outbox o WHERE o.event_type = 'AdoptionDecided' AND o.message_key = c.id::text)::int AS decided_events,
         (SELECT count(*) FROM network_strategy.inbox i JOIN portfolios.outbox o ON o.id = i.event_id
           WHERE i.consumer LIKE '%network-strategy.tranche-matrix' AND o.event_type = 'AdoptionDecided' AND o.message_key = c.id::text)::int AS decided_applied,
         t.decision AS cell_decision, t.project_id::text AS cell_project, t.benefits_measured_at IS NOT NULL AS cell_measured,
         (SELECT array_agg(p.id::text) FROM portfolios.project p WHERE p.adoption_case_id = c.id) AS project_ids
    FROM portfolios.adoption_case c
    JOIN LATERAL (SELECT count(*)::int AS n, min(decision) AS decision FROM portfolios.adoption_decision WHERE case_id = c.id) d ON true
    LEFT JOIN network_strategy.tranche_cell t ON t.initiative_id::text = c.initiative_id AND t.municipality_id = c.municipality_id
   WHERE d.n > 0 OR c.id::text = ANY($1)`;

const PLANS = `
  SELECT bp.project_id, count(DISTINCT bp.id)::int AS plans, count(b.id)::int AS benefits,
         (SELECT count(*) FROM benefits.outbox o WHERE o.event_type = 'BenefitPlanCreated' AND o.message_key = ANY(array_agg(bp.id::text)))::int AS plan_events
    FROM benefits.benefit_plan bp LEFT JOIN benefits.benefit b ON b.plan_id = bp.id
   GROUP BY bp.project_id`;

const MEASURED = `
  SELECT b.id::text AS benefit_id, b.revision::int AS revision,
         (SELECT count(*) FROM benefits.measurement m WHERE m.benefit_id = b.id)::int AS measurements,
         (SELECT gp.revision::int FROM network_strategy.benefit_progress gp WHERE gp.benefit_id = b.id) AS progress_revision
    FROM benefits.benefit b WHERE b.id::text = ANY($1) OR EXISTS (SELECT 1 FROM benefits.measurement m WHERE m.benefit_id = b.id)`;

const OUTBOXES = ['portfolios', 'network_strategy', 'benefits'];

const count = (effect: string, expected: number, observed: number, duplicated: number): EffectCount => ({ effect, expected, observed, lost: expected - observed, duplicated });

/**
 * Counts every downstream effect of the decisions and measurements the clients made, straight
 * from each service's tables (the suite's own view, not through any proxy): each must exist once
 * per committed decision (or measurement) — none missing, none twice — and every outbox must be
 * empty of unpublished rows.
 */
export async function takeLedger(db: Pool, accepted: AcceptedDecision[], measured: AcceptedMeasurement[]): Promise<Ledger> {
  const acceptedIds = new Set(accepted.map((a) => a.caseId));
  const { rows: cases } = await db.query<CaseRow>(CASES, [[...acceptedIds]]);
  const committed = cases.filter((c) => c.decision_rows > 0);
  const adopted = committed.filter((c) => c.decided === 'ADOPT');
  const { rows: plans } = await db.query<{ project_id: string; plans: number; benefits: number; plan_events: number }>(PLANS);
  const planOf = new Map(plans.map((p) => [p.project_id, p]));
  const projectOf = (c: CaseRow) => c.project_ids?.[0] ?? null;
  const { rows: benefits } = await db.query<{ benefit_id: string; revision: number; measurements: number; progress_revision: number | null }>(MEASURED, [measured.map((m) => m.benefitId)]);
  const benefitOf = new Map(benefits.map((b) => [b.benefit_id, b]));
  const measuredProjects = new Set(measured.map((m) => m.projectId));
  const measuredCases = adopted.filter((c) => measuredProjects.has(projectOf(c) ?? ''));
  const sum = <T>(xs: T[], f: (x: T) => number) => xs.reduce((s, x) => s + f(x), 0);

  const effects: EffectCount[] = [
    count('decision recorded (portfolios, per accepted decision)', acceptedIds.size, cases.filter((c) => acceptedIds.has(c.case_id) && c.decision_rows > 0).length, sum(committed, (c) => c.decision_rows - 1)),
    count('adoption case decided (portfolios)', committed.length, committed.filter((c) => c.case_decision === c.decided).length, sum(committed, (c) => Math.max(0, c.decided_events - 1))),
    count('tranche-matrix cell decision (network-strategy)', committed.length, committed.filter((c) => c.cell_decision === c.decided).length, sum(committed, (c) => Math.max(0, c.decided_applied - 1))),
    count(
      'project created (portfolios, per ADOPT)',
      adopted.length,
      adopted.filter((c) => (c.project_ids?.length ?? 0) > 0).length,
      sum(adopted, (c) => Math.max(0, (c.project_ids?.length ?? 0) - 1)) + sum(committed.filter((c) => c.decided !== 'ADOPT'), (c) => c.project_ids?.length ?? 0),
    ),
    count('tranche-matrix cell in portfolio (network-strategy)', adopted.length, adopted.filter((c) => c.cell_project !== null && c.cell_project === projectOf(c)).length, 0),
    count(
      'benefit plan created (benefits)',
      adopted.length,
      adopted.filter((c) => planOf.has(projectOf(c) ?? '')).length,
      sum(adopted, (c) => {
        const p = planOf.get(projectOf(c) ?? '');
        return p ? p.plans - 1 + Math.max(0, p.plan_events - 1) : 0;
      }),
    ),
    count(
      'benefit seeded from the profile (benefits)',
      adopted.length,
      adopted.filter((c) => (planOf.get(projectOf(c) ?? '')?.benefits ?? 0) > 0).length,
      sum(adopted, (c) => Math.max(0, (planOf.get(projectOf(c) ?? '')?.benefits ?? 0) - 1)),
    ),
    count('measurement recorded (benefits, per accepted measurement)', measured.length, measured.filter((m) => (benefitOf.get(m.benefitId)?.measurements ?? 0) > 0).length, sum(benefits, (b) => Math.max(0, b.measurements - 1))),
    count(
      'goal progress (network-strategy, latest revision)',
      measured.length,
      measured.filter((m) => {
        const b = benefitOf.get(m.benefitId);
        return b && b.progress_revision !== null && b.progress_revision === b.revision;
      }).length,
      0,
    ),
    count('tranche-matrix cell benefits measured (network-strategy)', measuredCases.length, measuredCases.filter((c) => c.cell_measured).length, 0),
  ];

  const unpublished: Record<string, number> = {};
  const parked: Record<string, number> = {};
  for (const schema of OUTBOXES) {
    const { rows } = await db.query(`SELECT count(*) FILTER (WHERE status <> 'PUBLISHED')::int AS unpublished, count(*) FILTER (WHERE status = 'DEAD')::int AS parked FROM ${schema}.outbox`);
    unpublished[schema] = rows[0].unpublished;
    parked[schema] = rows[0].parked;
  }
  const converged = effects.every((e) => e.lost === 0) && Object.values(unpublished).every((n) => n === 0);
  return {
    committedDecisions: committed.length,
    committedUnacknowledged: committed.filter((c) => !acceptedIds.has(c.case_id)).length,
    effects,
    unpublished,
    parked,
    converged,
  };
}
