import { DataSource, IsNull } from 'typeorm';
import type { Identity } from '@samspill/server-auth';
import { badInput, conflict, notFound, requireNetworkAdmin } from '@samspill/server-graphql';
import { publish } from '../common/outbox';
import { NetworkEntity } from '../network/network.entity';
import { MunicipalityEntity } from '../municipality/municipality.entity';
import { checkKommunenummer } from '../municipality/kommunenummer';
import { MembershipEntity } from './membership.entity';
import type { JoinNetworkInput, LeaveNetworkInput } from './dto/membership.inputs';

const asDate = (value: Date | string) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10));

export class MembershipService {
  constructor(private readonly ds: DataSource) {}

  async join(identity: Identity, input: JoinNetworkInput): Promise<MembershipEntity> {
    const joinedOn = asDate(input.joinedOn);
    const check = checkKommunenummer(input.municipalityId);
    if (!check.valid) throw badInput(check.reason, 'municipalityId');
    requireNetworkAdmin(identity, input.networkId);
    return this.ds.transaction(async (m) => {
      if (!(await m.existsBy(NetworkEntity, { id: input.networkId }))) throw notFound('Network', input.networkId);
      if (!(await m.existsBy(MunicipalityEntity, { id: input.municipalityId }))) throw notFound('Municipality', input.municipalityId);
      const current = await m.findOneBy(MembershipEntity, { networkId: input.networkId, municipalityId: input.municipalityId, leftOn: IsNull() });
      if (current) throw conflict(`municipality ${input.municipalityId} is already a member of ${input.networkId}`);
      const membership = await m.save(m.create(MembershipEntity, { networkId: input.networkId, municipalityId: input.municipalityId, joinedOn, leftOn: null }));
      await publish(m, 'MunicipalityJoinedNetwork', input.municipalityId, { networkId: input.networkId, municipalityId: input.municipalityId, joinedOn });
      return membership;
    });
  }

  async leave(identity: Identity, input: LeaveNetworkInput): Promise<MembershipEntity> {
    const leftOn = asDate(input.leftOn);
    requireNetworkAdmin(identity, input.networkId);
    return this.ds.transaction(async (m) => {
      const current = await m.findOne(MembershipEntity, {
        where: { networkId: input.networkId, municipalityId: input.municipalityId, leftOn: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw notFound('Membership', `${input.networkId}/${input.municipalityId}`);
      if (leftOn < current.joinedOn) throw badInput(`leftOn ${leftOn} is before the municipality joined (${current.joinedOn})`, 'leftOn');
      current.leftOn = leftOn;
      const membership = await m.save(current);
      await publish(m, 'MunicipalityLeftNetwork', input.municipalityId, { networkId: input.networkId, municipalityId: input.municipalityId, leftOn });
      return membership;
    });
  }
}
