import 'reflect-metadata';
import { cpus, totalmem } from 'node:os';
import { z } from 'zod';
import pino from 'pino';
import { loadConfig } from '@samspill/server-config';
import { FORWARDED_IDENTITY_HEADER, signForwardedIdentity } from '@samspill/server-auth';
import { createBenefitsDataSource } from '../../apps/benefits/src/data-source';
import { rollupQuery } from '../../apps/benefits/src/realisation/realisation.sql';
import { BenefitPeriodGrain, BenefitRollupDimension } from '../../apps/benefits/src/realisation/realisation.model';
import express from 'express';
import { closeServer, guardedRoute, listen } from '@samspill/server-graphql';
import { exportRoute } from '@samspill/server-export';
import { BENEFITS_EXPORTS } from '../../apps/benefits/src/export/exports';

/**
 * Times the benefits rollups (the SQL the benefitRollup query and the federated realisation
 * fields run) and the CSV export on the synthetic set from tools/seed/benefits-synthetic.ts,
 * beside the same aggregate computed by a plain GROUP BY over the raw measurement table, and
 * checks that both give the same numbers. Needs decorator metadata, so it runs compiled:
 *   npx tsc -p tools/bench/benefits-tsconfig.json && node -r ./tools/run/register-dist-paths.js dist/tools/bench/benefits-rollups.js
 */
const config = loadConfig(
  z.object({
    DATABASE_URL: z.string().default('postgres://postgres@127.0.0.1:5432/postgres'),
    BENCH_DATABASE: z.string().regex(/^[a-z_][a-z0-9_]*$/).default('samspill_benefits_bench'),
    BENCH_RUNS: z.coerce.number().int().min(1).max(20).default(3),
    BENCH_SKIP_EXPORT: z.stringbool().default(false),
  }),
);

const KEYS: Record<BenefitRollupDimension, string> = {
  PROJECT: 'b.project_id', MUNICIPALITY: 'b.municipality_id::text', INITIATIVE: 'b.initiative_id', GOAL: 'i.goal_id', FOCUS_AREA: 'g.focus_area_id', NETWORK: 'i.network_id',
};

/** The same aggregate, straight from the raw measurements: last measurement per benefit (and period), then GROUP BY. */
function plainSql(by: BenefitRollupDimension, grain: BenefitPeriodGrain | null): string {
  const period = grain ? `date_trunc('${grain}', x.measured_on::timestamp)::date` : `NULL::date`;
  return `
    WITH last AS (
      SELECT DISTINCT ON (x.benefit_id, ${period}) x.benefit_id, ${period} AS period_start, x.value
      FROM measurement x WHERE x.superseded_by IS NULL
      ORDER BY x.benefit_id, ${period}, x.measured_on DESC, x.seq DESC)
    SELECT ${KEYS[by]} AS key, l.period_start, b.type, b.unit, count(*) AS measured,
      coalesce(sum(CASE WHEN b.target_value IS NOT NULL
        THEN (CASE b.direction WHEN 'LOWER_IS_BETTER' THEN -1 ELSE 1 END) * (l.value - b.baseline_value) END), 0) AS realised
    FROM last l JOIN benefit b ON b.id = l.benefit_id JOIN benefit_plan p ON p.id = b.plan_id AND p.cancelled_at IS NULL
    LEFT JOIN initiative_profile i ON i.initiative_id = b.initiative_id
    LEFT JOIN goal_dim g ON g.goal_id = i.goal_id
    GROUP BY 1, 2, 3, 4`;
}

const fingerprint = (rows: { key: string | null; measuredCount?: number; measured?: string | number; realisedGain?: string; realised?: string }[]) => {
  const total = rows.reduce((s, r) => s + BigInt(String(r.realisedGain ?? r.realised).replace('.', '')), 0n);
  const measured = rows.reduce((s, r) => s + Number(r.measuredCount ?? r.measured), 0);
  return `${rows.length} rows, ${measured} benefit-periods, Σ realised ${total / 100n}.${(total % 100n).toString().padStart(2, '0')}`;
};

async function time<T>(runs: number, fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  let result!: T;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    result = await fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { ms: Math.min(...times), result };
}

async function main() {
  const url = new URL(config.DATABASE_URL);
  url.pathname = `/${config.BENCH_DATABASE}`;
  const ds = createBenefitsDataSource(url.toString());
  await ds.initialize();
  const [{ n }] = await ds.query(`SELECT count(*)::bigint AS n FROM measurement`);
  const [{ version }] = await ds.query(`SELECT version()`);
  console.log(`benefits rollups on ${n} measurements; ${cpus().length}× ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB; ${version.split(',')[0]}`);
  console.log(`best of ${config.BENCH_RUNS} runs\n`);
  console.log(`${'rollup'.padEnd(22)} ${'service (ms)'.padStart(12)} ${'plain GROUP BY (ms)'.padStart(20)}  result`);
  for (const grain of [null, BenefitPeriodGrain.QUARTER, BenefitPeriodGrain.MONTH, BenefitPeriodGrain.YEAR]) {
    for (const by of Object.values(BenefitRollupDimension)) {
      const q = rollupQuery(by, grain, null, null);
      const service = await time(config.BENCH_RUNS, () => ds.query(q.text, q.values));
      const plain = await time(config.BENCH_RUNS, () => ds.query(plainSql(by, grain)));
      const a = fingerprint(service.result);
      const b = fingerprint(plain.result);
      console.log(`${`${by}/${grain ?? 'latest'}`.padEnd(22)} ${service.ms.toFixed(1).padStart(12)} ${plain.ms.toFixed(1).padStart(20)}  ${a}${a === b ? ' (same)' : ` DIFFERS from plain: ${b}`}`);
    }
  }

  if (!config.BENCH_SKIP_EXPORT) {
    const secret = 'benefits-bench-internal-secret-0123456789abcdef';
    // The route as the service mounts it, without the rest of the service (no Kafka needed).
    const route = exportRoute(ds, BENEFITS_EXPORTS, { batchSize: 2000, logger: pino({ level: 'warn' }) });
    const exporter = await listen(express().get(route.path, guardedRoute(route, secret, 'benefits')), 0);
    const header = await signForwardedIdentity({ subject: 'bench', name: 'Bench', grants: [{ role: 'analyst' }] }, 'bench', secret, 'benefits');
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(process.memoryUsage().rss), 100);
    const started = Date.now();
    const res = await fetch(`http://127.0.0.1:${exporter.port}/export/benefit-facts.csv`, { headers: { [FORWARDED_IDENTITY_HEADER]: header } });
    let bytes = 0;
    let lines = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (const c of chunk) if (c === 10) lines++;
    }
    const ms = Date.now() - started;
    clearInterval(sampler);
    const [plain] = await time(1, () => ds.query(`SELECT count(*)::bigint AS n, sum(value)::text AS s FROM measurement WHERE superseded_by IS NULL`)).then((r) => r.result);
    const mb = (v: number) => (v / 2 ** 20).toFixed(0);
    console.log(
      `\nCSV export: ${lines - 1} rows, ${mb(bytes)} MiB in ${(ms / 1000).toFixed(1)} s (${Math.round((lines - 1) / (ms / 1000))} rows/s); ` +
        `process RSS ${mb(Math.min(...samples))}–${mb(Math.max(...samples))} MiB (exporter and reader in one process); plain count ${plain.n}`,
    );
    await closeServer(exporter.server);
  }
  await ds.destroy();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
