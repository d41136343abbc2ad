import { DomainError, ErrorCode } from '@samspill/server-graphql';
import { AdoptionCaseStatus as S, AdoptionDecision as D } from '../adoption-case.entity';
import { adoptionRate, assertCanDecide, assertCanReconsider, isFinal, startsProject, statusAfter } from '../adoption.rules';

function codeOf(fn: () => void): ErrorCode | undefined {
  try {
    fn();
  } catch (err) {
    return (err as DomainError).code;
  }
  return undefined;
}

describe('adoption decision rules', () => {
  it('maps each decision to the status it leaves the case in', () => {
    expect([D.ADOPT, D.ADAPT, D.DECLINE, D.DEFER].map(statusAfter)).toEqual([S.ADOPTED, S.ADAPTED, S.DECLINED, S.DEFERRED]);
  });

  it('treats adopt, adapt and decline as final, open and deferred as awaiting a decision', () => {
    expect(Object.values(S).filter(isFinal)).toEqual([S.ADOPTED, S.ADAPTED, S.DECLINED]);
  });

  it('starts a project only on adopt or adapt', () => {
    expect(Object.values(D).filter(startsProject)).toEqual([D.ADOPT, D.ADAPT]);
  });

  it.each([S.OPEN, S.DEFERRED])('lets a %s case be decided', (status) => {
    expect(codeOf(() => assertCanDecide('c', status))).toBeUndefined();
  });

  it.each([S.ADOPTED, S.ADAPTED, S.DECLINED])('refuses deciding a %s case again with CONFLICT', (status) => {
    expect(codeOf(() => assertCanDecide('c', status))).toBe(ErrorCode.CONFLICT);
  });

  it.each([S.OPEN, S.DEFERRED])('refuses reconsidering a %s case (nothing final to reconsider)', (status) => {
    expect(codeOf(() => assertCanReconsider('c', status, D.ADOPT))).toBe(ErrorCode.CONFLICT);
  });

  it('lets a final decision be reconsidered into a different one, not into the same', () => {
    expect(codeOf(() => assertCanReconsider('c', S.DECLINED, D.ADOPT))).toBeUndefined();
    expect(codeOf(() => assertCanReconsider('c', S.ADOPTED, D.DEFER))).toBeUndefined();
    expect(codeOf(() => assertCanReconsider('c', S.ADOPTED, D.ADOPT))).toBe(ErrorCode.CONFLICT);
  });

  it('computes the adoption rate over decided cases', () => {
    expect(adoptionRate([S.ADOPTED, S.ADAPTED, S.DECLINED, S.DEFERRED, S.OPEN, S.OPEN])).toEqual({
      targeted: 6,
      decided: 3,
      adopt: 1,
      adapt: 1,
      decline: 1,
      defer: 1,
      open: 2,
      share: 2 / 3,
    });
  });

  it('has no share before any final decision', () => {
    expect(adoptionRate([S.OPEN, S.DEFERRED]).share).toBeNull();
    expect(adoptionRate([]).targeted).toBe(0);
  });
});
