import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}

/** A network's invitation to a municipality: membership starts only when the municipality accepts. */
@Entity({ name: 'membership_invitation' })
export class MembershipInvitationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text', { name: 'network_id' }) networkId: string;
  @Column('char', { name: 'municipality_id', length: 4 }) municipalityId: string;
  @Column('text') status: InvitationStatus;
  /** The agreed start of the membership (YYYY-MM-DD); null: the day it is accepted. */
  @Column('date', { name: 'joined_on', nullable: true }) joinedOn: string | null;
  @Column('text') message: string;
  @Column('text', { name: 'invited_by' }) invitedBy: string;
  @Column('timestamptz', { name: 'invited_at' }) invitedAt: Date;
  @Column('text', { name: 'responded_by', nullable: true }) respondedBy: string | null;
  @Column('timestamptz', { name: 'responded_at', nullable: true }) respondedAt: Date | null;
  @Column('text', { name: 'response_note', nullable: true }) responseNote: string | null;
  @Column('uuid', { name: 'membership_id', nullable: true }) membershipId: string | null;
}
