import { canTransition } from '@samspill/server-graphql';
import { InvitationStatus } from '../membership-invitation.entity';
import { INVITATION_TRANSITIONS } from '../membership.rules';

describe('network invitation lifecycle', () => {
  const S = InvitationStatus;
  const all = Object.values(S);

  it('has a row for every status', () => {
    expect(Object.keys(INVITATION_TRANSITIONS).sort()).toEqual([...all].sort());
  });

  it('is answered once: a pending invitation is accepted, declined or withdrawn, and then final', () => {
    const legal = all.flatMap((from) => all.filter((to) => canTransition(INVITATION_TRANSITIONS, from, to)).map((to) => `${from}→${to}`));
    expect(legal).toEqual(['PENDING→ACCEPTED', 'PENDING→DECLINED', 'PENDING→WITHDRAWN']);
  });
});
