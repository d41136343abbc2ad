import { z } from 'zod';
import { entityId, isoDateTime, municipalityNumber } from './common';

export const adoptionDecision = z.enum(['ADOPT', 'ADAPT', 'DECLINE', 'DEFER']);
export const projectPhase = z.enum(['IDEA', 'CONCEPT', 'PLANNING', 'EXECUTION', 'REALISATION', 'CLOSED']);
const rag = z.enum(['GREEN', 'YELLOW', 'RED']);

export const adoptionCaseOpenedV1 = z.object({
  caseId: entityId,
  initiativeId: entityId,
  networkId: entityId,
  municipalityId: municipalityNumber,
  openedAt: isoDateTime,
});

export const adoptionDecidedV1 = z.object({
  caseId: entityId,
  initiativeId: entityId,
  networkId: entityId,
  municipalityId: municipalityNumber,
  decision: adoptionDecision,
  rationale: z.string(),
  decidedBy: z.string(),
  decidingBody: z.string().nullable(),
  caseNumber: z.string().nullable(),
  decidedAt: isoDateTime,
  /** True when this decision replaces an earlier final one (a recorded reconsideration). */
  reconsideration: z.boolean(),
});

export const projectCreatedV1 = z.object({
  projectId: entityId,
  municipalityId: municipalityNumber,
  initiativeId: entityId.nullable(),
  adoptionCaseId: entityId.nullable(),
  name: z.string(),
  serviceArea: z.string(),
  phase: projectPhase,
  createdAt: isoDateTime,
});

export const projectPhaseChangedV1 = z.object({
  projectId: entityId,
  municipalityId: municipalityNumber,
  initiativeId: entityId.nullable(),
  from: projectPhase,
  to: projectPhase,
  changedAt: isoDateTime,
});

export const statusReportedV1 = z.object({
  reportId: entityId,
  projectId: entityId,
  municipalityId: municipalityNumber,
  initiativeId: entityId.nullable(),
  reportedAt: isoDateTime,
  overall: rag,
  schedule: rag,
  budget: rag,
  quality: rag,
  risk: rag,
});

export const projectPublishedV1 = z.object({
  projectId: entityId,
  municipalityId: municipalityNumber,
  published: z.boolean(),
  changedAt: isoDateTime,
});

/** Issue 10: a reversed adoption cancels the project; CANCELLED is not a completed CLOSED project. */
export const projectCancelledV1 = z.object({
  projectId: entityId,
  municipalityId: municipalityNumber,
  initiativeId: entityId.nullable(),
  adoptionCaseId: entityId.nullable(),
  reason: z.string(),
  cancelledAt: isoDateTime,
});

/** Issue 10: read models elsewhere (benefit plans, exports) show the project's current name. */
export const projectRenamedV1 = z.object({
  projectId: entityId,
  municipalityId: municipalityNumber,
  initiativeId: entityId.nullable(),
  name: z.string(),
  renamedAt: isoDateTime,
});
