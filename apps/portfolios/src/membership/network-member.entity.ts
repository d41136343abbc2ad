import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Local view of a municipality's membership of a network, kept in step by events. */
@Entity({ name: 'network_member' })
export class NetworkMemberEntity {
  @PrimaryColumn('text', { name: 'network_id' }) networkId: string;
  @PrimaryColumn('char', { name: 'municipality_id', length: 4 }) municipalityId: string;
  @Column('date', { name: 'joined_on' }) joinedOn: string;
  @Column('date', { name: 'left_on', nullable: true }) leftOn: string | null;
}
