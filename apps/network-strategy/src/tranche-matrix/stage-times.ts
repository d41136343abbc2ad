/** The stage times a cell shows, in the order the stages follow each other. */
export interface StageTimes {
  launchedAt: Date | null;
  consultedAt: Date | null;
  decidedAt: Date | null;
  inPortfolioAt: Date | null;
  executingAt: Date | null;
  realisingAt: Date | null;
  closedAt: Date | null;
  benefitsMeasuredAt: Date | null;
}

/**
 * Events record when each transition happened as their sources saw it; a measurement can be
 * backdated to before the launch. A cell cannot enter a stage before the stage before it, so
 * each shown time is at least the one before it, and REALISING starts at the phase change or
 * the first measurement, whichever came first. benefitsMeasuredAt stays the measurement's own date.
 */
export function orderedStageTimes<T extends StageTimes>(cell: T): T {
  let floor: Date | null = null;
  const after = (t: Date | null): Date | null => {
    if (t === null) return null;
    const shown: Date = floor && t < floor ? floor : t;
    floor = shown;
    return shown;
  };
  const realising = [cell.realisingAt, cell.benefitsMeasuredAt].filter((t): t is Date => t !== null).sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
  return {
    ...cell,
    launchedAt: after(cell.launchedAt),
    consultedAt: after(cell.consultedAt),
    decidedAt: after(cell.decidedAt),
    inPortfolioAt: after(cell.inPortfolioAt),
    executingAt: after(cell.executingAt),
    realisingAt: after(realising),
    closedAt: after(cell.closedAt),
  };
}

/** Stored columns of the stage times, in stage order (REALISING: phase change or first measurement). */
const STAGE_COLUMNS: [keyof StageTimes, (alias: string) => string][] = [
  ['launchedAt', (c) => `${c}.launched_at`],
  ['consultedAt', (c) => `${c}.consulted_at`],
  ['decidedAt', (c) => `${c}.decided_at`],
  ['inPortfolioAt', (c) => `${c}.in_portfolio_at`],
  ['executingAt', (c) => `${c}.executing_at`],
  ['realisingAt', (c) => `LEAST(${c}.realising_at, ${c}.benefits_measured_at)`],
  ['closedAt', (c) => `${c}.closed_at`],
];

/**
 * The same shown times as `orderedStageTimes`, as SQL over tranche_cell `alias`, for readers that
 * stay in SQL (the BI export): a time is NULL when its stage was not reached, otherwise the
 * latest of it and every stage time before it (GREATEST ignores NULLs).
 */
export function orderedStageTimesSql(alias: string): Record<Exclude<keyof StageTimes, 'benefitsMeasuredAt'>, string> {
  const shown: Partial<Record<keyof StageTimes, string>> = {};
  STAGE_COLUMNS.forEach(([name, column], i) => {
    const upToHere = STAGE_COLUMNS.slice(0, i + 1).map(([, c]) => c(alias)).join(', ');
    shown[name] = `CASE WHEN ${column(alias)} IS NULL THEN NULL ELSE GREATEST(${upToHere}) END`;
  });
  return shown as Record<Exclude<keyof StageTimes, 'benefitsMeasuredAt'>, string>;
}
