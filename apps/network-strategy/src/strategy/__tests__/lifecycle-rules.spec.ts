import { assertTransition, canTransition, DomainError, ErrorCode, TransitionTable } from '@samspill/server-graphql';
import { INITIATIVE_TRANSITIONS } from '../../initiative/initiative.rules';
import { InitiativeStatus } from '../../initiative/initiative.entity';
import { isEditable, STRATEGY_TRANSITIONS } from '../strategy.rules';
import { StrategyStatus } from '../strategy.entity';

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
    [S.ADOPTED, S.DRAFT],
    [S.ADOPTED, S.SUPERSEDED],
  ]);

  it('allows content edits only in DRAFT', () => {
    expect(Object.values(S).filter(isEditable)).toEqual([S.DRAFT]);
  });
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
