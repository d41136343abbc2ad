import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { Identity } from '@samspill/server-auth';
import { badInput, conflict, forbidden, notFound, requireMunicipalityEditor, requireNetworkAdmin } from '@samspill/server-graphql';
import { publish } from '../common/outbox';
import { MembershipEntity } from './membership.entity';
import type { MembershipEndedBy } from './membership.rules';
import type { LeaveNetworkInput } from './dto/membership.inputs';

const asDate = (value: Date | string) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10));
const UNIQUE_VIOLATION = '23505';
const isUniqueViolation = (err: unknown) =>
  (err as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION || (err as { code?: string }).code === UNIQUE_VIOLATION;

export class MembershipService {
  constructor(private readonly ds: DataSource) {}

  /**
   * Adding a municipality without its consent is gone (issue 11): the mutation stays in the
   * schema, deprecated, and refuses everyone; a network invites and the municipality accepts.
   */
  refuseWithoutConsent(): never {
    throw forbidden('a municipality joins a network only by accepting its invitation: use inviteMunicipalityToNetwork');
  }

  /** Starts a membership the municipality has accepted (in the caller's transaction), with its event. */
  async start(m: EntityManager, networkId: string, municipalityId: string, joinedOn: string, invitationId: string): Promise<MembershipEntity> {
    if (await m.existsBy(MembershipEntity, { networkId, municipalityId, leftOn: IsNull() })) {
      throw conflict(`municipality ${municipalityId} is already a member of ${networkId}`);
    }
    const membership = await m.save(m.create(MembershipEntity, { networkId, municipalityId, joinedOn, leftOn: null, endedBy: null })).catch((err) => {
      // Two acceptances racing for one membership: the unique current-membership index decides.
      if (isUniqueViolation(err)) throw conflict(`municipality ${municipalityId} is already a member of ${networkId}`);
      throw err;
    });
    await publish(m, 'MunicipalityJoinedNetwork', municipalityId, { networkId, municipalityId, joinedOn, invitationId });
    return membership;
  }

  /** The network revokes a membership. */
  revoke(identity: Identity, input: LeaveNetworkInput): Promise<MembershipEntity> {
    requireNetworkAdmin(identity, input.networkId);
    return this.end(input, 'NETWORK');
  }

  /** The municipality withdraws its consent: the network's view of its internal data ends with it. */
  leave(identity: Identity, input: LeaveNetworkInput): Promise<MembershipEntity> {
    requireMunicipalityEditor(identity, input.municipalityId);
    return this.end(input, 'MUNICIPALITY');
  }

  private end(input: LeaveNetworkInput, endedBy: MembershipEndedBy): Promise<MembershipEntity> {
    const leftOn = asDate(input.leftOn);
    return this.ds.transaction(async (m) => {
      const current = await m.findOne(MembershipEntity, {
        where: { networkId: input.networkId, municipalityId: input.municipalityId, leftOn: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw notFound('Membership', `${input.networkId}/${input.municipalityId}`);
      if (leftOn < current.joinedOn) throw badInput(`leftOn ${leftOn} is before the municipality joined (${current.joinedOn})`, 'leftOn');
      Object.assign(current, { leftOn, endedBy });
      const membership = await m.save(current);
      await publish(m, 'MunicipalityLeftNetwork', input.municipalityId, { networkId: input.networkId, municipalityId: input.municipalityId, leftOn, endedBy });
      return membership;
    });
  }
}
