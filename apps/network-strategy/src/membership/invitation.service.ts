import { DataSource, EntityManager, FindOptionsWhere, IsNull } from 'typeorm';
import type { Identity } from '@samspill/server-auth';
import { isMunicipalityEditor, isNetworkAdmin } from '@samspill/server-auth';
import { assertTransition, badInput, conflict, findOrFail, forbidden, notFound, requireMunicipalityEditor, requireNetworkAdmin } from '@samspill/server-graphql';
import { publish } from '../common/outbox';
import { todayInOslo } from '../common/oslo-date';
import { NetworkEntity } from '../network/network.entity';
import { MunicipalityEntity } from '../municipality/municipality.entity';
import { checkKommunenummer } from '../municipality/kommunenummer';
import { MembershipEntity } from './membership.entity';
import { InvitationStatus, MembershipInvitationEntity } from './membership-invitation.entity';
import { INVITATION_TRANSITIONS } from './membership.rules';
import type { MembershipService } from './membership.service';
import type { InviteMunicipalityInput, NetworkInvitationsArgs } from './dto/membership.inputs';

const UNIQUE_VIOLATION = '23505';
const isUniqueViolation = (err: unknown) =>
  (err as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION || (err as { code?: string }).code === UNIQUE_VIOLATION;

/**
 * Consent-based membership (issue 11): a network's admin invites, the municipality's editor
 * accepts or declines. Until it accepts, the network sees nothing of the municipality that the
 * public does not (its unpublished projects, portfolio and benefit plans follow membership).
 */
export class InvitationService {
  constructor(
    private readonly ds: DataSource,
    private readonly memberships: MembershipService,
  ) {}

  /** A network's admins see its invitations; a municipality's editors see the invitations it received. */
  list(identity: Identity, args: NetworkInvitationsArgs): Promise<MembershipInvitationEntity[]> {
    const asAdmin = args.networkId != null && isNetworkAdmin(identity, args.networkId);
    const asEditor = args.municipalityId != null && isMunicipalityEditor(identity, args.municipalityId);
    if (!asAdmin && !asEditor) throw forbidden("only the network's admins or the municipality's editors see its invitations");
    const where: FindOptionsWhere<MembershipInvitationEntity> = {};
    if (args.networkId != null) where.networkId = args.networkId;
    if (args.municipalityId != null) where.municipalityId = args.municipalityId;
    if (args.status != null) where.status = args.status;
    return this.ds.getRepository(MembershipInvitationEntity).find({ where, order: { invitedAt: 'DESC', id: 'ASC' } });
  }

  async invite(identity: Identity, input: InviteMunicipalityInput): Promise<MembershipInvitationEntity> {
    const check = checkKommunenummer(input.municipalityId);
    if (!check.valid) throw badInput(check.reason, 'municipalityId');
    requireNetworkAdmin(identity, input.networkId);
    return this.ds.transaction(async (m) => {
      if (!(await m.existsBy(NetworkEntity, { id: input.networkId }))) throw notFound('Network', input.networkId);
      if (!(await m.existsBy(MunicipalityEntity, { id: input.municipalityId }))) throw notFound('Municipality', input.municipalityId);
      if (await m.existsBy(MembershipEntity, { networkId: input.networkId, municipalityId: input.municipalityId, leftOn: IsNull() })) {
        throw conflict(`municipality ${input.municipalityId} is already a member of ${input.networkId}`);
      }
      const pending = { networkId: input.networkId, municipalityId: input.municipalityId, status: InvitationStatus.PENDING };
      if (await m.existsBy(MembershipInvitationEntity, pending)) throw conflict(`municipality ${input.municipalityId} already has a pending invitation to ${input.networkId}`);
      const invitation = await m
        .save(
          m.create(MembershipInvitationEntity, {
            ...pending,
            joinedOn: input.joinedOn ?? null,
            message: input.message,
            invitedBy: identity.subject ?? 'unknown',
            invitedAt: new Date(),
            respondedBy: null,
            respondedAt: null,
            responseNote: null,
            membershipId: null,
          }),
        )
        .catch((err) => {
          // Two invitations racing: the unique pending-invitation index decides.
          if (isUniqueViolation(err)) throw conflict(`municipality ${input.municipalityId} already has a pending invitation to ${input.networkId}`);
          throw err;
        });
      await publish(m, 'MembershipInvited', invitation.municipalityId, {
        invitationId: invitation.id,
        networkId: invitation.networkId,
        municipalityId: invitation.municipalityId,
        joinedOn: invitation.joinedOn,
        invitedAt: invitation.invitedAt.toISOString(),
      });
      return invitation;
    });
  }

  /** The municipality's consent: the membership starts (on the agreed date, or today in Norway). */
  accept(identity: Identity, id: string): Promise<MembershipEntity> {
    return this.ds.transaction(async (m) => {
      const invitation = await this.respond(m, identity, id, InvitationStatus.ACCEPTED, null);
      const membership = await this.memberships.start(m, invitation.networkId, invitation.municipalityId, invitation.joinedOn ?? todayInOslo(), invitation.id);
      invitation.membershipId = membership.id;
      await m.save(invitation);
      return membership;
    });
  }

  decline(identity: Identity, id: string, note: string | null): Promise<MembershipInvitationEntity> {
    if (note != null && note.length > 2000) throw badInput('a note has at most 2000 characters', 'note');
    return this.ds.transaction(async (m) => {
      const invitation = await m.save(await this.respond(m, identity, id, InvitationStatus.DECLINED, note));
      await publish(m, 'MembershipInvitationDeclined', invitation.municipalityId, {
        invitationId: invitation.id,
        networkId: invitation.networkId,
        municipalityId: invitation.municipalityId,
        declinedAt: (invitation.respondedAt as Date).toISOString(),
      });
      return invitation;
    });
  }

  /** The network takes back an invitation not yet answered. */
  withdraw(identity: Identity, id: string): Promise<MembershipInvitationEntity> {
    return this.ds.transaction(async (m) => {
      const invitation = await findOrFail(m, MembershipInvitationEntity, 'NetworkInvitation', id, true);
      requireNetworkAdmin(identity, invitation.networkId);
      this.move(invitation, InvitationStatus.WITHDRAWN, identity, null);
      await m.save(invitation);
      await publish(m, 'MembershipInvitationWithdrawn', invitation.municipalityId, {
        invitationId: invitation.id,
        networkId: invitation.networkId,
        municipalityId: invitation.municipalityId,
        withdrawnAt: (invitation.respondedAt as Date).toISOString(),
      });
      return invitation;
    });
  }

  /** Only the invited municipality's editor answers; the network's admin cannot answer for it. The caller saves the answer. */
  private async respond(m: EntityManager, identity: Identity, id: string, to: InvitationStatus, note: string | null): Promise<MembershipInvitationEntity> {
    const invitation = await findOrFail(m, MembershipInvitationEntity, 'NetworkInvitation', id, true);
    requireMunicipalityEditor(identity, invitation.municipalityId);
    this.move(invitation, to, identity, note);
    return invitation;
  }

  private move(invitation: MembershipInvitationEntity, to: InvitationStatus, identity: Identity, note: string | null): void {
    assertTransition(INVITATION_TRANSITIONS, 'NetworkInvitation', invitation.status, to);
    Object.assign(invitation, { status: to, respondedBy: identity.subject ?? 'unknown', respondedAt: new Date(), responseNote: note });
  }
}
