import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'membership' })
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text', { name: 'network_id' }) networkId: string;
  @Column('char', { name: 'municipality_id', length: 4 }) municipalityId: string;
  /** ISO dates (YYYY-MM-DD): a membership starts and ends on a calendar day, not an instant. */
  @Column('date', { name: 'joined_on' }) joinedOn: string;
  @Column('date', { name: 'left_on', nullable: true }) leftOn: string | null;
  /** Who ended it (null while current, and for memberships ended before issue 11). */
  @Column('text', { name: 'ended_by', nullable: true }) endedBy: 'NETWORK' | 'MUNICIPALITY' | null;
}
