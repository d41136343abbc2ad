import { assertTransition, canTransition, DomainError, ErrorCode, TransitionTable } from '@samspill/server-graphql';
import { INITIATIVE_TRANSITIONS } from '../../initiative/initiative.rules';
import { InitiativeStatus } from '../../initiative/initiative.entity';
import { draftStage, isEditable, isUnderRevision, REVISION_TRANSITIONS, RevisionStage, STRATEGY_TRANSITIONS, validRetirementReason } from '../strategy.rules';
import { RevisionStatus, StrategyStatus } from '../strategy.entity';

function allPairs<S extends string>(statuses: S[]): [S, S][] {
  return statuses.flatMap((from) => statuses.map((to): [S, S] => [from, to]));
}

function checkTable<S extends string>(entity: string, table: TransitionTable<S>, statuses: S[], legal: [S, S][]) {
  const isLegal = (from: S, to: S) => legal.some(([f, t]) => f === from && t === to);

  it('has a row for every status', () => {
    expect(Object.keys(table).sort()).toEqual([...statuses].sort());
  });

  it.each(legal)(`allows ${entity} %s → %s`, (from, to) => {
    expect(canTransition(table, from, to)).toBe(true);
    expect(() => assertTransition(table, entity, from, to)).not.toThrow();
  });

  it.each(allPairs(statuses).filter(([from, to]) => !isLegal(from, to)))(`refuses ${entity} %s → %s with ILLEGAL_TRANSITION`, (from, to) => {
    expect(canTransition(table, from, to)).toBe(false);
    let error: unknown;
    try {
      assertTransition(table, entity, from, to);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: ErrorCode.ILLEGAL_TRANSITION,
      message: `${entity} cannot go from ${from} to ${to}`,
      details: { from, to },
    });
  });
}

describe('strategy lifecycle', () => {
  const S = StrategyStatus;
  checkTable('Strategy', STRATEGY_TRANSITIONS, Object.values(S), [
    [S.DRAFT, S.IN_CONSULTATION],
    [S.DRAFT, S.ADOPTED],
    [S.IN_CONSULTATION, S.DRAFT],
    [S.IN_CONSULTATION, S.ADOPTED],
    [S.ADOPTED, S.SUPERSEDED],
  ]);

  const R = RevisionStatus;
  const states = Object.values(S).flatMap((status) => [null, R.DRAFT, R.IN_CONSULTATION].map((revisionStatus) => ({ status, revisionStatus })));
  // A revision is only ever open on an ADOPTED strategy (a database constraint); the other combinations do not occur.
  const possible = states.filter((s) => s.revisionStatus === null || s.status === S.ADOPTED);

  it('allows content edits only in a first DRAFT or a revision in DRAFT', () => {
    expect(possible.filter(isEditable)).toEqual([
      { status: S.DRAFT, revisionStatus: null },
      { status: S.ADOPTED, revisionStatus: R.DRAFT },
    ]);
  });

  it('takes the draft stage from the strategy before its first adoption, from its revision afterwards', () => {
    expect(possible.map((s) => [s.status, s.revisionStatus, draftStage(s)])).toEqual([
      [S.DRAFT, null, R.DRAFT],
      [S.IN_CONSULTATION, null, R.IN_CONSULTATION],
      [S.ADOPTED, null, null],
      [S.ADOPTED, R.DRAFT, R.DRAFT],
      [S.ADOPTED, R.IN_CONSULTATION, R.IN_CONSULTATION],
      [S.SUPERSEDED, null, null],
    ]);
    expect(possible.filter(isUnderRevision).map((s) => s.revisionStatus)).toEqual([R.DRAFT, R.IN_CONSULTATION]);
  });

  it('needs a reason that says something to retire', () => {
    expect(['', '  ', 'ab', ' ab ', 'x'.repeat(5001)].filter(validRetirementReason)).toEqual([]);
    expect(['abc', 'Erstattes av nasjonal løsning', 'x'.repeat(5000)].every(validRetirementReason)).toBe(true);
  });
});

describe('strategy revision lifecycle', () => {
  const stages: RevisionStage[] = ['NONE', RevisionStatus.DRAFT, RevisionStatus.IN_CONSULTATION];
  checkTable('StrategyRevision', REVISION_TRANSITIONS, stages, [
    ['NONE', RevisionStatus.DRAFT],
    [RevisionStatus.DRAFT, RevisionStatus.IN_CONSULTATION],
    [RevisionStatus.DRAFT, 'NONE'],
    [RevisionStatus.IN_CONSULTATION, RevisionStatus.DRAFT],
    [RevisionStatus.IN_CONSULTATION, 'NONE'],
  ]);
});

describe('initiative lifecycle', () => {
  const I = InitiativeStatus;
  checkTable('Initiative', INITIATIVE_TRANSITIONS, Object.values(I), [
    [I.PROPOSED, I.APPROVED],
    [I.PROPOSED, I.CLOSED],
    [I.APPROVED, I.LAUNCHED],
    [I.APPROVED, I.CLOSED],
    [I.LAUNCHED, I.CLOSED],
  ]);
});
