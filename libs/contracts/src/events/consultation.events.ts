import { z } from 'zod';
import { entityId, isoDateTime, municipalityNumber } from './common';

export const consultationSubjectType = z.enum(['STRATEGY', 'INITIATIVE', 'PROJECT']);
export const consultationAudience = z.enum(['MEMBER_MUNICIPALITIES', 'EMPLOYEES', 'CITIZENS', 'PARTNERS']);
export const consultationRespondentKind = z.enum(['MUNICIPALITY', 'PARTICIPANT']);
export const consultationDispositionKind = z.enum(['ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED', 'NOTED']);

const consultationRef = {
  consultationId: entityId,
  subjectType: consultationSubjectType,
  subjectId: entityId,
  networkId: entityId.nullable(),
};

export const consultationOpenedV1 = z.object({
  ...consultationRef,
  title: z.string(),
  audiences: z.array(consultationAudience),
  opensAt: isoDateTime,
  closesAt: isoDateTime.nullable(),
});

/** Carries no personal data: a participant is only counted, never named. */
export const responseSubmittedV1 = z.object({
  consultationId: entityId,
  responseId: entityId,
  subjectType: consultationSubjectType,
  subjectId: entityId,
  respondentKind: consultationRespondentKind,
  municipalityId: municipalityNumber.nullable(),
  /** True when a municipality revised its earlier formal answer. */
  revised: z.boolean(),
  submittedAt: isoDateTime,
});

export const consultationQuestionSummary = z.object({
  questionId: z.string(),
  kind: z.enum(['FREE_TEXT', 'SCALE', 'RANKING']),
  answerCount: z.number().int(),
  /** Scale questions only. */
  mean: z.number().nullable(),
  /** Ranking questions only: options by Borda count, best first. */
  ranking: z.array(z.string()).nullable(),
});

export const consultationClosedV1 = z.object({
  ...consultationRef,
  closedAt: isoDateTime,
  responseCount: z.number().int(),
  /** Municipalities that gave a formal answer. */
  respondingMunicipalityIds: z.array(municipalityNumber),
  summary: z.array(consultationQuestionSummary),
});

export const consultationConcludedV1 = z.object({
  ...consultationRef,
  concludedAt: isoDateTime,
  dispositionCounts: z.object({
    ADOPTED: z.number().int(),
    PARTLY_ADOPTED: z.number().int(),
    NOT_ADOPTED: z.number().int(),
    NOTED: z.number().int(),
  }),
});
