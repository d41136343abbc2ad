import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The only place a participant's personal data lives; deleting the row anonymises everything they wrote. */
@Entity({ name: 'participant_identity' })
export class ParticipantIdentityEntity {
  @PrimaryColumn('uuid', { name: 'pseudonym_id' }) pseudonymId: string;
  @Column('text') subject: string;
  @Column('text', { nullable: true }) name: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
