import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, badInput, Public, SignedIn } from '@samspill/server-graphql';
import type { Context } from '../loaders';
import { isModerator } from '../common/access-policy';
import { AnswerType, CommentType, ConsultationType, DispositionType, RespondentType, ResponseType } from '../consultation/consultation.type';
import { RespondentKind } from '../consultation/consultation.model';
import { MunicipalityStub } from '../federation/municipality.stub';
import { CommentEntity, ResponseEntity } from './response.entity';
import { ResponseService } from './response.service';
import { DispositionInput, MunicipalityResponseInput, ParticipantResponseInput } from './dto/response.inputs';

const moderates = async (ctx: Context, consultationId: string) => {
  const c = await ctx.loaders.consultation.load(consultationId);
  return c !== null && isModerator(ctx.identity, c);
};

@Resolver(() => ResponseType)
export class ResponseResolver {
  constructor(private readonly service: ResponseService) {}

  @Allow('participant')
  @Query(() => [ResponseType], { description: 'The caller\'s own answers, newest first, with what happened to them.' })
  myResponses(@Ctx() ctx: Context) {
    return this.service.mine(ctx.identity);
  }

  @Allow('municipality-editor')
  @Mutation(() => ResponseType, { description: 'The formal answer of a municipality; one per municipality.' })
  submitMunicipalityResponse(@Arg('consultationId', () => ID) consultationId: string, @Arg('input') input: MunicipalityResponseInput, @Ctx() ctx: Context) {
    return this.service.submitForMunicipality(ctx.identity, consultationId, input);
  }

  @Allow('municipality-editor')
  @Mutation(() => ResponseType, { description: 'Replaces the answers of the municipality\'s formal answer while the consultation is OPEN.' })
  reviseMunicipalityResponse(@Arg('consultationId', () => ID) consultationId: string, @Arg('input') input: MunicipalityResponseInput, @Ctx() ctx: Context) {
    return this.service.reviseForMunicipality(ctx.identity, consultationId, input);
  }

  @Public()
  @Mutation(() => ResponseType, { description: 'A participant\'s answer: signed in (participant role, once) or anonymous where allowed.' })
  submitParticipantResponse(@Arg('consultationId', () => ID) consultationId: string, @Arg('input') input: ParticipantResponseInput, @Ctx() ctx: Context) {
    return this.service.submitAsParticipant(ctx.identity, consultationId, input);
  }

  @SignedIn()
  @Mutation(() => CommentType)
  commentOnResponse(@Arg('responseId', () => ID) responseId: string, @Arg('body') body: string, @Ctx() ctx: Context) {
    return this.service.comment(ctx.identity, responseId, checkLength(body, 1, 2000, 'body'));
  }

  @SignedIn()
  @Mutation(() => ResponseType, { description: 'One support vote per caller and response.' })
  supportResponse(@Arg('responseId', () => ID) responseId: string, @Ctx() ctx: Context) {
    return this.service.support(ctx.identity, responseId);
  }

  @Allow('network-admin')
  @Mutation(() => ResponseType, { description: 'Moderation: the content stays visible to moderators only.' })
  hideResponse(@Arg('responseId', () => ID) responseId: string, @Arg('reason') reason: string, @Ctx() ctx: Context) {
    return this.service.hideResponse(ctx.identity, responseId, checkLength(reason, 3, 500, 'reason'));
  }

  @Allow('network-admin')
  @Mutation(() => CommentType)
  hideComment(@Arg('commentId', () => ID) commentId: string, @Arg('reason') reason: string, @Ctx() ctx: Context) {
    return this.service.hideComment(ctx.identity, commentId, checkLength(reason, 3, 500, 'reason'));
  }

  @Allow('network-admin')
  @Mutation(() => ResponseType)
  setDisposition(@Arg('responseId', () => ID) responseId: string, @Arg('input') input: DispositionInput, @Ctx() ctx: Context) {
    return this.service.dispose(ctx.identity, responseId, input);
  }

  @FieldResolver(() => ConsultationType, { nullable: true })
  consultation(@Root() r: ResponseEntity, @Ctx() ctx: Context) {
    return ctx.loaders.consultation.load(r.consultationId);
  }

  @FieldResolver(() => MunicipalityStub, { nullable: true })
  municipality(@Root() r: ResponseEntity): MunicipalityStub | null {
    return r.municipalityId ? { id: r.municipalityId } : null;
  }

  @FieldResolver(() => Boolean, { description: 'A participant answer with nobody behind it (anonymous, or the participant was erased).' })
  anonymous(@Root() r: ResponseEntity): boolean {
    return r.respondentKind === RespondentKind.PARTICIPANT && r.pseudonymId === null;
  }

  @FieldResolver(() => [AnswerType], { nullable: true, description: 'Null when hidden, except for moderators.' })
  async answers(@Root() r: ResponseEntity, @Ctx() ctx: Context) {
    return !r.hidden || (await moderates(ctx, r.consultationId)) ? r.answers : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Moderators only.' })
  async hiddenReason(@Root() r: ResponseEntity, @Ctx() ctx: Context) {
    return (await moderates(ctx, r.consultationId)) ? r.hiddenReason : null;
  }

  @FieldResolver(() => RespondentType, { nullable: true, description: 'Who answered; moderators only, and only while the person has not been erased.' })
  async respondent(@Root() r: ResponseEntity, @Ctx() ctx: Context) {
    if (!r.pseudonymId || !(await moderates(ctx, r.consultationId))) return null;
    return ctx.loaders.identity.load(r.pseudonymId);
  }

  @FieldResolver(() => DispositionType, { nullable: true })
  disposition(@Root() r: ResponseEntity): DispositionType | null {
    return r.disposition ? { kind: r.disposition, note: r.dispositionNote ?? '', link: r.dispositionLink, decidedAt: r.disposedAt! } : null;
  }

  @FieldResolver(() => Int)
  async supportCount(@Root() r: ResponseEntity, @Ctx() ctx: Context) {
    return (await ctx.loaders.votesOfResponse.load(r.id)).length;
  }

  @FieldResolver(() => [CommentType], { description: 'Oldest first.' })
  comments(@Root() r: ResponseEntity, @Ctx() ctx: Context) {
    return ctx.loaders.commentsOfResponse.load(r.id);
  }
}

@Resolver(() => CommentType)
export class CommentResolver {
  @FieldResolver(() => String, { nullable: true })
  async body(@Root() c: CommentEntity, @Ctx() ctx: Context) {
    return !c.hidden || (await this.moderates(ctx, c)) ? c.body : null;
  }

  @FieldResolver(() => String, { nullable: true })
  async hiddenReason(@Root() c: CommentEntity, @Ctx() ctx: Context) {
    return (await this.moderates(ctx, c)) ? c.hiddenReason : null;
  }

  private async moderates(ctx: Context, c: CommentEntity) {
    const r = await ctx.loaders.response.load(c.responseId);
    return r !== null && (await moderates(ctx, r.consultationId));
  }
}

function checkLength(value: string, min: number, max: number, field: string): string {
  if (value.trim().length < min || value.length > max) throw badInput(`${field} must be ${min} to ${max} characters`, field);
  return value;
}
