import { assertTransition, canTransition, DomainError, ErrorCode } from '@samspill/server-graphql';
import { ProjectPhase } from '../project.entity';
import { isOpen, PROJECT_TRANSITIONS } from '../project.rules';

const ORDER = [ProjectPhase.IDEA, ProjectPhase.CONCEPT, ProjectPhase.PLANNING, ProjectPhase.EXECUTION, ProjectPhase.REALISATION, ProjectPhase.CLOSED];

const LEGAL: [ProjectPhase, ProjectPhase][] = [
  [ProjectPhase.IDEA, ProjectPhase.CONCEPT],
  [ProjectPhase.CONCEPT, ProjectPhase.PLANNING],
  [ProjectPhase.PLANNING, ProjectPhase.EXECUTION],
  [ProjectPhase.EXECUTION, ProjectPhase.REALISATION],
  [ProjectPhase.REALISATION, ProjectPhase.CLOSED],
  [ProjectPhase.IDEA, ProjectPhase.CLOSED],
  [ProjectPhase.CONCEPT, ProjectPhase.CLOSED],
  [ProjectPhase.PLANNING, ProjectPhase.CLOSED],
  [ProjectPhase.EXECUTION, ProjectPhase.CLOSED],
];

const isLegal = (from: ProjectPhase, to: ProjectPhase) => LEGAL.some(([f, t]) => f === from && t === to);
const ALL_PAIRS = ORDER.flatMap((from) => ORDER.map((to): [ProjectPhase, ProjectPhase] => [from, to]));

describe('project phases', () => {
  it('has a row for every phase', () => {
    expect(Object.keys(PROJECT_TRANSITIONS).sort()).toEqual([...ORDER].sort());
  });

  it.each(LEGAL)('allows %s → %s', (from, to) => {
    expect(canTransition(PROJECT_TRANSITIONS, from, to)).toBe(true);
    expect(() => assertTransition(PROJECT_TRANSITIONS, 'Project', from, to)).not.toThrow();
  });

  it.each(ALL_PAIRS.filter(([from, to]) => !isLegal(from, to)))('refuses %s → %s with ILLEGAL_TRANSITION', (from, to) => {
    let error: unknown;
    try {
      assertTransition(PROJECT_TRANSITIONS, 'Project', from, to);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(ErrorCode.ILLEGAL_TRANSITION);
    expect((error as DomainError).details).toEqual({ from, to });
  });

  it('refuses skipping a phase and going back', () => {
    expect(canTransition(PROJECT_TRANSITIONS, ProjectPhase.IDEA, ProjectPhase.EXECUTION)).toBe(false);
    expect(canTransition(PROJECT_TRANSITIONS, ProjectPhase.PLANNING, ProjectPhase.CONCEPT)).toBe(false);
  });

  it('treats only CLOSED as no longer open', () => {
    expect(ORDER.filter((p) => !isOpen(p))).toEqual([ProjectPhase.CLOSED]);
  });
});
