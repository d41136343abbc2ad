import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Answer, Audience, DispositionKind, RespondentKind } from '../consultation/consultation.model';

/**
 * An answer to a consultation. It holds no personal data: an identified participant is only
 * a random pseudonym whose person lives in participant_identity (erasable on request).
 */
@Entity({ name: 'response' })
export class ResponseEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'consultation_id' }) consultationId: string;
  @Column('text', { name: 'respondent_kind' }) respondentKind: RespondentKind;
  @Column('text') audience: Audience;
  @Column('char', { name: 'municipality_id', length: 4, nullable: true }) municipalityId: string | null;
  @Column('uuid', { name: 'pseudonym_id', nullable: true }) pseudonymId: string | null;
  @Column('boolean') anonymous: boolean;
  @Column('jsonb') answers: Answer[];
  @Column('boolean') hidden: boolean;
  @Column('text', { name: 'hidden_reason', nullable: true }) hiddenReason: string | null;
  @Column('text', { nullable: true }) disposition: DispositionKind | null;
  @Column('text', { name: 'disposition_note', nullable: true }) dispositionNote: string | null;
  @Column('text', { name: 'disposition_link', nullable: true }) dispositionLink: string | null;
  @Column('timestamptz', { name: 'disposed_at', nullable: true }) disposedAt: Date | null;
  @Column('timestamptz', { name: 'submitted_at' }) submittedAt: Date;
  @Column('timestamptz', { name: 'revised_at', nullable: true }) revisedAt: Date | null;
}

@Entity({ name: 'response_comment' })
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'response_id' }) responseId: string;
  @Column('uuid', { name: 'author_pseudonym_id', nullable: true }) authorPseudonymId: string | null;
  @Column('text') body: string;
  @Column('boolean') hidden: boolean;
  @Column('text', { name: 'hidden_reason', nullable: true }) hiddenReason: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}

@Entity({ name: 'support_vote' })
export class SupportVoteEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'response_id' }) responseId: string;
  @Column('uuid', { name: 'voter_pseudonym_id', nullable: true }) voterPseudonymId: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
