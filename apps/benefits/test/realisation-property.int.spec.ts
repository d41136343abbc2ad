import fc from 'fast-check';
import { MigratedDatabase, startMigratedDatabase } from '@samspill/server-testing';
import { OUTBOX } from '../src/common/outbox';
import { createBenefitsDataSource } from '../src/data-source';
import { refreshBenefitReadModel } from '../src/benefit/benefit-read-model';
import { BENEFIT_COLUMNS } from '../src/benefit/benefit.rows';
import { factsQuery, rollupQuery } from '../src/realisation/realisation.sql';
import { BenefitPeriodGrain, BenefitRollupDimension } from '../src/realisation/realisation.model';
import { fmt, ratio } from './support/decimal-oracle';

/**
 * Property: for random benefit sets (both directions, dis-benefits, missing baselines and targets,
 * measurements with corrections, cancelled plans) and random periods and grains, every rollup line,
 * every benefit's achievement and every fact equals the plain calculation below, to the øre.
 * The figures come from the service's own SQL against real PostgreSQL.
 */

type Direction = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
interface GenMeasurement { day: number; value: bigint; correctedBy?: { day: number; value: bigint } }
interface GenBenefit { type: 'EFFICIENCY' | 'QUALITY'; unit: 'NOK' | 'dager'; direction: Direction; dis: boolean; baseline: bigint | null; target: bigint | null; measurements: GenMeasurement[] }
interface GenPlan { municipality: number; initiative: number | null; cancelled: boolean; benefits: GenBenefit[] }

const MUNICIPALITIES = [
  { id: '1124', name: 'Sola' },
  { id: '1103', name: 'Stavanger' },
  { id: '1108', name: 'Sandnes' },
];
const FOCUS_AREAS = [{ id: 'fa-1', title: 'Innbyggertjenester' }, { id: 'fa-2', title: 'Effektiv drift' }];
const GOALS = [{ id: 'g-1', fa: 'fa-1', title: 'Flere digitale møter' }, { id: 'g-2', fa: 'fa-2', title: 'Kortere saksbehandling' }];
const INITIATIVES = [
  { id: 'i-1', network: 'digi-rogaland', goal: 'g-1', title: 'Digital dialog' },
  { id: 'i-2', network: 'digi-rogaland', goal: 'g-2', title: 'Byggesak' },
  { id: 'i-3', network: 'digi-haugaland', goal: 'g-2', title: 'Chatbot' },
];

/** Days from 2024-01-01: three calendar years of measurements, leap year included. */
const EPOCH = Date.UTC(2024, 0, 1);
const SPAN = 3 * 366;
const isoDay = (day: number) => new Date(EPOCH + day * 86_400_000).toISOString().slice(0, 10);

const amount = fc.bigInt({ min: -500_000_000n, max: 500_000_000n });
const measurement = fc.record({
  day: fc.integer({ min: 0, max: SPAN }),
  value: amount,
  correctedBy: fc.option(fc.record({ day: fc.integer({ min: 0, max: SPAN }), value: amount }), { nil: undefined }),
});
const benefit = fc.record({
  type: fc.constantFrom('EFFICIENCY' as const, 'QUALITY' as const),
  unit: fc.constantFrom('NOK' as const, 'dager' as const),
  direction: fc.constantFrom<Direction>('HIGHER_IS_BETTER', 'LOWER_IS_BETTER'),
  dis: fc.boolean(),
  baseline: fc.option(amount, { nil: null, freq: 5 }),
  target: fc.option(amount, { nil: null, freq: 5 }),
  measurements: fc.array(measurement, { maxLength: 5 }),
});
const plan = fc.record({
  municipality: fc.integer({ min: 0, max: MUNICIPALITIES.length - 1 }),
  initiative: fc.option(fc.integer({ min: 0, max: INITIATIVES.length - 1 }), { nil: null, freq: 4 }),
  cancelled: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
  benefits: fc.array(benefit, { maxLength: 4 }),
});
const dateOrNull = fc.option(
  fc.oneof(
    fc.integer({ min: -30, max: SPAN + 30 }).map(isoDay),
    // Period boundaries, so the read-model path (whole periods) is exercised as well as the edges.
    fc.record({ y: fc.integer({ min: 2024, max: 2026 }), m: fc.integer({ min: 0, max: 11 }), end: fc.boolean() }).map(({ y, m, end }) =>
      new Date(end ? Date.UTC(y, m + 1, 0) : Date.UTC(y, m, 1)).toISOString().slice(0, 10)),
  ),
  { nil: null },
);
const query = fc.record({
  by: fc.constantFrom(...Object.values(BenefitRollupDimension)),
  grain: fc.constantFrom<BenefitPeriodGrain | null>(null, BenefitPeriodGrain.MONTH, BenefitPeriodGrain.QUARTER, BenefitPeriodGrain.YEAR),
  from: dateOrNull,
  to: dateOrNull,
});

/** What the database holds after inserting a generated plan set, in plain objects. */
interface RefBenefit extends GenBenefit {
  id: string;
  projectId: string;
  projectName: string;
  municipality: (typeof MUNICIPALITIES)[number];
  initiative: (typeof INITIATIVES)[number] | null;
  cancelled: boolean;
  current: { seq: number; on: string; value: bigint }[];
}

const sign = (d: Direction) => (d === 'LOWER_IS_BETTER' ? -1n : 1n);
const truncate = (on: string, grain: BenefitPeriodGrain) => {
  const [y, m] = on.split('-').map(Number);
  if (grain === 'year') return `${y}-01-01`;
  const month = grain === 'quarter' ? Math.floor((m - 1) / 3) * 3 + 1 : m;
  return `${y}-${String(month).padStart(2, '0')}-01`;
};

function keyOf(b: RefBenefit, by: BenefitRollupDimension): { key: string | null; label: string | null } {
  const goal = b.initiative ? GOALS.find((g) => g.id === b.initiative!.goal)! : null;
  const fa = goal ? FOCUS_AREAS.find((f) => f.id === goal.fa)! : null;
  switch (by) {
    case 'PROJECT': return { key: b.projectId, label: b.projectName };
    case 'MUNICIPALITY': return { key: b.municipality.id, label: b.municipality.name };
    case 'INITIATIVE': return { key: b.initiative?.id ?? null, label: b.initiative?.title ?? null };
    case 'GOAL': return { key: goal?.id ?? null, label: goal?.title ?? null };
    case 'FOCUS_AREA': return { key: fa?.id ?? null, label: fa?.title ?? null };
    default: return { key: b.initiative?.network ?? null, label: null };
  }
}

/** Gross, dis-benefit and net from signed gains: a dis-benefit's negative gain counts against. */
function sums(items: { b: RefBenefit; gain: bigint | null }[]) {
  let benefit = 0n;
  let dis = 0n;
  for (const { b, gain } of items) {
    if (gain === null) continue;
    if (b.dis) dis -= gain;
    else benefit += gain;
  }
  return { benefit, dis, net: benefit - dis };
}

const plannedGain = (b: RefBenefit) => (b.baseline === null || b.target === null ? null : sign(b.direction) * (b.target - b.baseline));
const realisedGain = (b: RefBenefit, value: bigint | undefined) =>
  value === undefined || b.baseline === null || b.target === null ? null : sign(b.direction) * (value - b.baseline);

/** The reference: written from the README's definitions, not from the service's SQL. */
function referenceRollup(all: RefBenefit[], q: { by: BenefitRollupDimension; grain: BenefitPeriodGrain | null; from: string | null; to: string | null }) {
  const live = all.filter((b) => !b.cancelled);
  const inWindow = (on: string) => (q.from === null || on >= q.from) && (q.to === null || on <= q.to);
  const last = (ms: RefBenefit['current']) => [...ms].sort((a, b) => (a.on === b.on ? b.seq - a.seq : a.on < b.on ? 1 : -1))[0];
  const groups = new Map<string, RefBenefit[]>();
  for (const b of live) {
    const k = JSON.stringify([keyOf(b, q.by).key, b.type, b.unit]);
    groups.set(k, [...(groups.get(k) ?? []), b]);
  }
  const rows: Record<string, unknown>[] = [];
  for (const [k, members] of groups) {
    const [key, type, unit] = JSON.parse(k);
    const planned = sums(members.map((b) => ({ b, gain: plannedGain(b) })));
    const head = {
      key, label: keyOf(members[0], q.by).label, type, unit,
      benefitCount: members.length, withBaseline: members.filter((b) => b.baseline !== null).length,
      plannedBenefit: fmt(planned.benefit), plannedDisbenefit: fmt(planned.dis), plannedGain: fmt(planned.net),
    };
    const line = (periodStart: string | null, values: Map<RefBenefit, bigint>) => {
      const realised = sums(members.map((b) => ({ b, gain: realisedGain(b, values.get(b)) })));
      return {
        ...head, periodStart, measuredCount: values.size,
        realisedBenefit: fmt(realised.benefit), realisedDisbenefit: fmt(realised.dis), realisedGain: fmt(realised.net),
        achievement: planned.net === 0n ? null : ratio(realised.net, planned.net),
      };
    };
    if (q.grain === null) {
      const values = new Map<RefBenefit, bigint>();
      for (const b of members) {
        const l = last(b.current.filter((m) => inWindow(m.on)));
        if (l) values.set(b, l.value);
      }
      rows.push(line(null, values));
      continue;
    }
    const periods = new Map<string, Map<RefBenefit, bigint>>();
    for (const b of members) {
      const byPeriod = new Map<string, RefBenefit['current']>();
      for (const m of b.current.filter((x) => inWindow(x.on))) {
        const p = truncate(m.on, q.grain);
        byPeriod.set(p, [...(byPeriod.get(p) ?? []), m]);
      }
      for (const [p, ms] of byPeriod) {
        if (!periods.has(p)) periods.set(p, new Map());
        periods.get(p)!.set(b, last(ms).value);
      }
    }
    for (const [p, values] of periods) rows.push(line(p, values));
  }
  return rows;
}

const canonical = (rows: Record<string, unknown>[]) =>
  rows.map((r) => JSON.stringify(r, Object.keys(r).sort())).sort();

describe('benefit figures equal a plain reference calculation (property-based, real PostgreSQL)', () => {
  let m: MigratedDatabase;
  beforeAll(async () => {
    m = await startMigratedDatabase(createBenefitsDataSource, OUTBOX.dbSchema);
    for (const mu of MUNICIPALITIES) await m.ds.query(`INSERT INTO municipality VALUES ($1, $2, 'Rogaland', 10000)`, [mu.id, mu.name]);
    for (const f of FOCUS_AREAS) await m.ds.query(`INSERT INTO focus_area VALUES ($1, 's-1', $2)`, [f.id, f.title]);
    for (const g of GOALS) await m.ds.query(`INSERT INTO goal_dim VALUES ($1, $2, $3)`, [g.id, g.fa, g.title]);
    for (const i of INITIATIVES) {
      await m.ds.query(`INSERT INTO initiative_profile VALUES ($1, $2, $3, $4, now(), '[]')`, [i.id, i.network, i.goal, i.title]);
    }
  });
  afterAll(() => m?.stop());

  /** Inserts the plans through plain SQL and refreshes each benefit's read model with the service's own code. */
  async function load(plans: GenPlan[]): Promise<RefBenefit[]> {
    await m.ds.query(`TRUNCATE benefit_period, measurement, benefit, benefit_plan`);
    const out: RefBenefit[] = [];
    let seq = 0;
    for (const [pi, p] of plans.entries()) {
      const municipality = MUNICIPALITIES[p.municipality];
      const initiative = p.initiative === null ? null : INITIATIVES[p.initiative];
      const projectId = `project-${pi}`;
      const projectName = `Prosjekt ${pi}`;
      const [{ id: planId }] = await m.ds.query(
        `INSERT INTO benefit_plan (project_id, municipality_id, initiative_id, project_name, seeded, cancelled_at)
         VALUES ($1, $2, $3, $4, true, $5) RETURNING id`,
        [projectId, municipality.id, initiative?.id ?? null, projectName, p.cancelled ? new Date() : null],
      );
      for (const b of p.benefits) {
        const [{ id }] = await m.ds.query(
          `INSERT INTO benefit (plan_id, project_id, municipality_id, initiative_id, type, indicator, unit, is_disbenefit, direction,
                                baseline_value, baseline_date, target_value)
           VALUES ($1, $2, $3, $4, $5, 'i', $6, $7, $8, $9, $10, $11) RETURNING id`,
          [planId, projectId, municipality.id, initiative?.id ?? null, b.type, b.unit, b.dis, b.direction,
            b.baseline === null ? null : fmt(b.baseline), b.baseline === null ? null : '2023-12-31', b.target === null ? null : fmt(b.target)],
        );
        const current: RefBenefit['current'] = [];
        for (const x of b.measurements) {
          const [row] = await m.ds.query(
            `INSERT INTO measurement (benefit_id, measured_on, value, recorded_by) VALUES ($1, $2, $3, 't') RETURNING id, seq`,
            [id, isoDay(x.day), fmt(x.value)],
          );
          seq = Number(row.seq);
          if (!x.correctedBy) {
            current.push({ seq, on: isoDay(x.day), value: x.value });
            continue;
          }
          const [fix] = await m.ds.query(
            `INSERT INTO measurement (benefit_id, measured_on, value, recorded_by, correction_of) VALUES ($1, $2, $3, 't', $4) RETURNING id, seq`,
            [id, isoDay(x.correctedBy.day), fmt(x.correctedBy.value), row.id],
          );
          await m.ds.query(`UPDATE measurement SET superseded_by = $2 WHERE id = $1`, [row.id, fix.id]);
          current.push({ seq: Number(fix.seq), on: isoDay(x.correctedBy.day), value: x.correctedBy.value });
        }
        await refreshBenefitReadModel(m.ds.manager, id);
        out.push({ ...b, id, projectId, projectName, municipality, initiative, cancelled: p.cancelled, current });
      }
    }
    return out;
  }

  it('rollups (every dimension, grain and period) equal the reference to the øre', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(plan, { minLength: 1, maxLength: 6 }), fc.array(query, { minLength: 1, maxLength: 4 }), async (plans, queries) => {
        const benefits = await load(plans);
        for (const q of queries) {
          const sql = rollupQuery(q.by, q.grain, { from: q.from, to: q.to }, null);
          const actual: Record<string, unknown>[] = await m.ds.query(sql.text, sql.values);
          expect(canonical(actual)).toEqual(canonical(referenceRollup(benefits, q)));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('each benefit\'s latest value and achievement, and each fact\'s signed gains, equal the reference', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(plan, { minLength: 1, maxLength: 4 }), async (plans) => {
        const benefits = await load(plans);
        for (const b of benefits) {
          const [row] = await m.ds.query(`SELECT ${BENEFIT_COLUMNS} FROM benefit b WHERE b.id = $1`, [b.id]);
          const latest = [...b.current].sort((x, y) => (x.on === y.on ? y.seq - x.seq : x.on < y.on ? 1 : -1))[0];
          expect(row.latestValue).toBe(latest ? fmt(latest.value) : null);
          const achievement = latest && b.baseline !== null && b.target !== null && b.target !== b.baseline
            ? ratio(latest.value - b.baseline, b.target - b.baseline) : null;
          expect(row.achievement).toBe(achievement);
        }
        const q = factsQuery(null, { all: true, municipalities: [], networks: [] }, null, null);
        const facts: Record<string, string | null>[] = await m.ds.query(q.text, q.values);
        const expected = benefits.filter((b) => !b.cancelled).flatMap((b) => b.current.map((x) => ({
          benefitId: b.id,
          value: fmt(x.value),
          achievement: b.baseline !== null && b.target !== null && b.target !== b.baseline ? ratio(x.value - b.baseline, b.target - b.baseline) : null,
          plannedGain: plannedGain(b) === null ? null : fmt(plannedGain(b)!),
          realisedGain: realisedGain(b, x.value) === null ? null : fmt(realisedGain(b, x.value)!),
        })));
        const pick = (f: Record<string, unknown>) => ({ benefitId: f.benefitId, value: f.value, achievement: f.achievement, plannedGain: f.plannedGain, realisedGain: f.realisedGain });
        expect(canonical(facts.map(pick))).toEqual(canonical(expected));
      }),
      { numRuns: 40 },
    );
  });
});
