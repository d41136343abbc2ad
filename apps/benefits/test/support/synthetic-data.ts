/**
 * A synthetic national data set written straight into the benefits schema with set-based SQL
 * (generate_series), for the benchmark and the export test. Ids are prefixed `syn-` and
 * municipality numbers are 3000–3356, so the set never collides with real or demo data.
 */
export interface SyntheticSize {
  municipalities: number;
  networks: number;
  initiatives: number;
  goals: number;
  projects: number;
  /** Two benefits per project (EFFICIENCY in NOK and QUALITY in hours). */
  measurements: number;
  /** Measurements per INSERT statement (progress and WAL stay bounded). */
  chunk?: number;
}

export type Query = (sql: string, params?: unknown[]) => Promise<unknown>;

export async function seedSynthetic(query: Query, size: SyntheticSize, progress: (msg: string) => void = () => undefined): Promise<void> {
  const { municipalities, networks, initiatives, goals, projects, measurements } = size;
  await query(
    `INSERT INTO municipality (id, name, county, population)
     SELECT (3000 + g)::text, 'Syntetisk kommune ' || g, 'Fylke ' || (g % 11), 500 + (g * 7919) % 120000
     FROM generate_series(0, $1::int - 1) g ON CONFLICT (id) DO NOTHING`,
    [municipalities],
  );
  await query(
    `INSERT INTO initiative_profile (initiative_id, network_id, goal_id, title, launched_at, expected_benefits)
     SELECT 'syn-init-' || g, 'syn-net-' || (g % $2::int), 'syn-goal-' || (g % $3::int), 'Syntetisk initiativ ' || g, '2024-01-01T00:00:00Z', '[]'
     FROM generate_series(0, $1::int - 1) g ON CONFLICT (initiative_id) DO NOTHING`,
    [initiatives, networks, goals],
  );
  await query(
    `INSERT INTO focus_area (id, strategy_id, title) SELECT 'syn-fa-' || g, 'syn-strategy-' || (g % $2::int), 'Syntetisk innsatsområde ' || g
     FROM generate_series(0, $1::int - 1) g ON CONFLICT (id) DO NOTHING`,
    [Math.max(1, Math.ceil(goals / 3)), networks],
  );
  await query(
    `INSERT INTO goal_dim (goal_id, focus_area_id, title) SELECT 'syn-goal-' || g, 'syn-fa-' || (g / 3), 'Syntetisk mål ' || g
     FROM generate_series(0, $1::int - 1) g ON CONFLICT (goal_id) DO NOTHING`,
    [goals],
  );
  await query(
    `INSERT INTO benefit_plan (project_id, municipality_id, initiative_id, project_name, seeded)
     SELECT 'syn-proj-' || g, (3000 + g % $2::int)::text, 'syn-init-' || (g % $3::int), 'Syntetisk prosjekt ' || g, true
     FROM generate_series(0, $1::int - 1) g`,
    [projects, municipalities, initiatives],
  );
  await query(
    `INSERT INTO benefit (plan_id, project_id, municipality_id, initiative_id, type, indicator, unit, realisation_method,
                          baseline_value, baseline_date, target_value, target_date)
     SELECT p.id, p.project_id, p.municipality_id, p.initiative_id, k.type, k.indicator, k.unit, k.method,
            k.baseline, DATE '2024-01-01', k.baseline + (1000 + (hashtext(p.project_id) & 65535)) * k.factor, DATE '2027-12-31'
     FROM benefit_plan p CROSS JOIN (VALUES
       ('EFFICIENCY', 'Sparte driftskostnader', 'NOK', 'BUDGET_REDUCTION', 0.00, 123.45),
       ('QUALITY', 'Frigjorte årsverkstimer', 'timer', 'FREED_CAPACITY', 1000.00, 1.25)) AS k (type, indicator, unit, method, baseline, factor)
     WHERE p.project_id LIKE 'syn-proj-%'`,
  );
  await query(`DROP TABLE IF EXISTS syn_benefit`);
  await query(
    `CREATE UNLOGGED TABLE syn_benefit AS
     SELECT id, (row_number() OVER (ORDER BY project_id, type) - 1)::int AS n, baseline_value, target_value
     FROM benefit WHERE project_id LIKE 'syn-proj-%'`,
  );
  await query(`CREATE UNIQUE INDEX ON syn_benefit (n)`);
  const benefits = projects * 2;
  const chunk = size.chunk ?? 1_000_000;
  for (let from = 0; from < measurements; from += chunk) {
    const to = Math.min(measurements, from + chunk) - 1;
    // Row i measures benefit i mod B on day (i div B) after the baseline, at 0–120 % of its target.
    await query(
      `INSERT INTO measurement (benefit_id, measured_on, value, source, recorded_by)
       SELECT s.id, DATE '2024-01-01' + ((i / $3::int) % 1400)::int,
              round(s.baseline_value + (s.target_value - s.baseline_value) * ((i * 7919) % 1201) / 1000.0, 2),
              'synthetic', 'seed'
       FROM generate_series($1::bigint, $2::bigint) i JOIN syn_benefit s ON s.n = (i % $3::int)`,
      [from, to, benefits],
    );
    progress(`measurements ${to + 1}/${measurements}`);
  }
  await query(`DROP TABLE syn_benefit`);
  await rebuildReadModels(query, progress);
}

/** The read models the service keeps per write, rebuilt set-based for everything at once. */
export async function rebuildReadModels(query: Query, progress: (msg: string) => void = () => undefined): Promise<void> {
  await query(`TRUNCATE benefit_period`);
  for (const grain of ['month', 'quarter', 'year']) {
    await query(
      `INSERT INTO benefit_period (benefit_id, grain, period_start, value, measured_on, measurement_id)
       SELECT DISTINCT ON (x.benefit_id, date_trunc($1, x.measured_on::timestamp))
              x.benefit_id, $1, date_trunc($1, x.measured_on::timestamp)::date, x.value, x.measured_on, x.id
       FROM measurement x WHERE x.superseded_by IS NULL
       ORDER BY x.benefit_id, date_trunc($1, x.measured_on::timestamp), x.measured_on DESC, x.seq DESC`,
      [grain],
    );
    progress(`benefit_period ${grain}`);
  }
  await query(
    `UPDATE benefit b SET latest_value = y.value, latest_measured_on = y.measured_on, latest_measurement_id = y.measurement_id
     FROM (SELECT DISTINCT ON (benefit_id) benefit_id, value, measured_on, measurement_id
           FROM benefit_period WHERE grain = 'year' ORDER BY benefit_id, period_start DESC) y
     WHERE b.id = y.benefit_id`,
  );
  await query(`ANALYZE`);
  progress('latest values');
}
