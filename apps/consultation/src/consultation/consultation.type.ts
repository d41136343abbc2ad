import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '@samspill/server-graphql';
import { Audience, ConsultationStatus, DispositionKind, QuestionKind, RespondentKind, SubjectType } from './consultation.model';

registerEnumType(ConsultationStatus, { name: 'ConsultationStatus', description: 'DRAFT → OPEN → CLOSED → CONCLUDED.' });
registerEnumType(SubjectType, { name: 'ConsultationSubjectType', description: 'The kind of entity a consultation is about.' });
registerEnumType(Audience, { name: 'ConsultationAudience' });
registerEnumType(QuestionKind, { name: 'ConsultationQuestionKind' });
registerEnumType(RespondentKind, { name: 'ConsultationRespondentKind' });
registerEnumType(DispositionKind, { name: 'ConsultationDispositionKind', description: 'What happened to a response.' });

@ObjectType('ConsultationQuestion')
export class QuestionType {
  @Field(() => ID, { description: 'q1, q2 … in the order given.' }) id: string;
  @Field(() => QuestionKind) kind: QuestionKind;
  @Field() prompt: string;
  @Field(() => Int, { nullable: true, description: 'FREE_TEXT only.' }) maxLength: number | null;
  @Field(() => Int, { nullable: true, description: 'SCALE only.' }) min: number | null;
  @Field(() => Int, { nullable: true, description: 'SCALE only.' }) max: number | null;
  @Field(() => [String], { nullable: true, description: 'RANKING only.' }) options: string[] | null;
}

@Directive('@key(fields: "id")')
@ObjectType('Consultation', { description: 'A consultation (høring) on a strategy draft, an initiative or a municipal project.' })
export class ConsultationType {
  @Field(() => ID) id: string;
  @Field() networkId: string;
  @Field(() => SubjectType) subjectType: SubjectType;
  @Field() subjectId: string;
  @Field() title: string;
  @Field() description: string;
  @Field(() => [Audience]) audiences: Audience[];
  @Field({ description: 'Whether citizens may answer without signing in.' }) allowAnonymous: boolean;
  @Field(() => ConsultationStatus) status: ConsultationStatus;
  @Field(() => [QuestionType]) questions: QuestionType[];
  @Field(() => Date, { nullable: true, description: 'A DRAFT opens by itself at this time.' }) opensAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'An OPEN consultation closes by itself at this time.' }) closesAt: Date | null;
  @Field(() => Date, { nullable: true }) openedAt: Date | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => Date, { nullable: true }) concludedAt: Date | null;
  @Field() createdAt: Date;
}

export const ConsultationConnection = ConnectionType(ConsultationType, 'Consultation');

@ObjectType('ConsultationAnswer')
export class AnswerType {
  @Field() questionId: string;
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => Int, { nullable: true }) scale?: number | null;
  @Field(() => [String], { nullable: true }) ranking?: string[] | null;
}

@ObjectType('ConsultationDisposition')
export class DispositionType {
  @Field(() => DispositionKind) kind: DispositionKind;
  @Field() note: string;
  @Field(() => String, { nullable: true, description: 'What changed, e.g. "strategyVersion:<strategyId>@<n>".' }) link: string | null;
  @Field() decidedAt: Date;
}

@ObjectType('ConsultationRespondent', { description: 'Who is behind an identified answer; moderators only.' })
export class RespondentType {
  @Field(() => ID) pseudonymId: string;
  @Field() subject: string;
  @Field(() => String, { nullable: true }) name: string | null;
}

@ObjectType('ConsultationComment')
export class CommentType {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'Null when hidden, except for moderators.' }) body: string | null;
  @Field() hidden: boolean;
  @Field(() => String, { nullable: true, description: 'Moderators only.' }) hiddenReason: string | null;
  @Field() createdAt: Date;
}

@ObjectType('ConsultationResponse')
export class ResponseType {
  @Field(() => ID) id: string;
  @Field(() => ID) consultationId: string;
  @Field(() => RespondentKind) respondentKind: RespondentKind;
  @Field(() => Audience) audience: Audience;
  @Field(() => String, { nullable: true, description: 'The answering municipality of a formal answer.' }) municipalityId: string | null;
  @Field() hidden: boolean;
  @Field() submittedAt: Date;
  @Field(() => Date, { nullable: true }) revisedAt: Date | null;
}

export const ResponseConnection = ConnectionType(ResponseType, 'ConsultationResponse');

@ObjectType('ConsultationScaleBucket')
export class ScaleBucketType {
  @Field(() => Int) value: number;
  @Field(() => Int) count: number;
}

@ObjectType('ConsultationRankedOption')
export class RankedOptionType {
  @Field() option: string;
  @Field(() => Int, { description: 'Borda points.' }) score: number;
  @Field(() => Int) position: number;
}

@ObjectType('ConsultationQuestionResult')
export class QuestionResultType {
  @Field() questionId: string;
  @Field(() => QuestionKind) kind: QuestionKind;
  @Field() prompt: string;
  @Field(() => Int) answerCount: number;
  @Field(() => Float, { nullable: true }) mean: number | null;
  @Field(() => [ScaleBucketType]) distribution: ScaleBucketType[];
  @Field(() => [RankedOptionType], { description: 'Borda count, best first.' }) ranking: RankedOptionType[];
}

@ObjectType('ConsultationGroupCount')
export class GroupCountType {
  @Field() group: string;
  @Field(() => Int) count: number;
}

@ObjectType('ConsultationResults', { description: 'Aggregates over the responses that are not hidden.' })
export class ResultsType {
  @Field(() => Audience, { nullable: true, description: 'The audience the results are limited to, if any.' }) audience: Audience | null;
  @Field(() => Int) responseCount: number;
  @Field(() => [GroupCountType]) byAudience: GroupCountType[];
  @Field(() => [GroupCountType]) byRespondentKind: GroupCountType[];
  @Field(() => [QuestionResultType]) questions: QuestionResultType[];
}
