import type { PublicMatrixQuery, TrancheMatrixQuery, TrancheStage } from '@samspill/client';

export const STAGES: TrancheStage[] = ['LAUNCHED', 'CONSULTED', 'DECIDED', 'IN_PORTFOLIO', 'EXECUTING', 'REALISING', 'CLOSED'];
export const STUCK_AFTER_DAYS = 30;
export type Decision = 'ADOPT' | 'ADAPT' | 'DECLINE' | 'DEFER';

export interface MatrixCell {
  initiativeId: string;
  municipalityId: string;
  stage: TrancheStage;
  decision: Decision | null;
  launchedAt: string | null;
  decidedAt: string | null;
  daysInStage: number;
  stuck: boolean;
}

export const cellKey = (initiativeId: string, municipalityId: string) => `${initiativeId}:${municipalityId}`;
const DAY = 86_400_000;
const daysSince = (iso: string | null | undefined, now: number) => (iso ? Math.max(0, Math.floor((now - Date.parse(iso)) / DAY)) : 0);
const asDecision = (d: string | null | undefined): Decision | null => (d === 'ADOPT' || d === 'ADAPT' || d === 'DECLINE' || d === 'DEFER' ? d : null);

/** No final decision a month after launch (none yet, or deferred): where strategies stall. */
function isStuck(stage: TrancheStage, decision: Decision | null, launchedAt: string | null, now: number) {
  const undecided = stage === 'LAUNCHED' || stage === 'CONSULTED' || (stage === 'DECIDED' && decision === 'DEFER');
  return undecided && daysSince(launchedAt, now) > STUCK_AFTER_DAYS;
}

/** Cells from the tranche-matrix read model (network admins and analysts). */
export function cellsFromReadModel(rows: TrancheMatrixQuery['trancheMatrix'], now = Date.now()): Map<string, MatrixCell> {
  return new Map(
    rows.map((r) => {
      const decision = asDecision(r.decision);
      const cell: MatrixCell = {
        initiativeId: r.initiativeId,
        municipalityId: r.municipalityId,
        stage: r.stage,
        decision,
        launchedAt: r.launchedAt,
        decidedAt: r.decidedAt,
        daysInStage: Math.floor(r.daysInStage),
        stuck: isStuck(r.stage, decision, r.launchedAt, now),
      };
      return [cellKey(r.initiativeId, r.municipalityId), cell];
    }),
  );
}

const PHASE_STAGE: Record<string, TrancheStage> = {
  IDEA: 'IN_PORTFOLIO',
  CONCEPT: 'IN_PORTFOLIO',
  PLANNING: 'IN_PORTFOLIO',
  EXECUTION: 'EXECUTING',
  REALISATION: 'REALISING',
  CLOSED: 'CLOSED',
};

/**
 * Cells from public adoption decisions, for everyone who may not read the read model: the
 * stage follows the case and, where the caller may see it, its project's phase.
 */
export function cellsFromPublicCases(data: PublicMatrixQuery, now = Date.now()): Map<string, MatrixCell> {
  const cells = new Map<string, MatrixCell>();
  for (const { node } of data.initiatives.edges) {
    for (const c of node.adoptionCases) {
      const decision = asDecision(c.decision);
      const launchedAt = node.launchedAt ?? c.openedAt;
      let stage: TrancheStage = c.status === 'OPEN' ? 'LAUNCHED' : 'DECIDED';
      let since = c.decidedAt ?? c.openedAt;
      if ((c.status === 'ADOPTED' || c.status === 'ADAPTED') && c.project) {
        stage = PHASE_STAGE[c.project.phase] ?? 'IN_PORTFOLIO';
        if (stage !== 'IN_PORTFOLIO') since = c.project.updatedAt;
      } else if (c.status === 'ADOPTED' || c.status === 'ADAPTED') stage = 'IN_PORTFOLIO';
      cells.set(cellKey(node.id, c.municipalityId), {
        initiativeId: node.id,
        municipalityId: c.municipalityId,
        stage,
        decision,
        launchedAt,
        decidedAt: c.decidedAt,
        daysInStage: daysSince(since, now),
        stuck: isStuck(stage, decision, launchedAt, now),
      });
    }
  }
  return cells;
}

/** Nearest-rank percentile of a sorted list. */
export function percentile(sorted: number[], p: number): number | null {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export interface LeadTimeSummary {
  cells: number;
  decided: number;
  stuck: number;
  medianDays: number | null;
  p90Days: number | null;
}

/** Launch → final decision (adopt, adapt or decline) over the cells shown. */
export function leadTimes(cells: MatrixCell[]): LeadTimeSummary {
  const days = cells
    .filter((c) => c.decidedAt && c.launchedAt && c.decision !== 'DEFER')
    .map((c) => (Date.parse(c.decidedAt as string) - Date.parse(c.launchedAt as string)) / DAY)
    .sort((a, b) => a - b);
  return {
    cells: cells.length,
    decided: days.length,
    stuck: cells.filter((c) => c.stuck).length,
    medianDays: percentile(days, 50),
    p90Days: percentile(days, 90),
  };
}
