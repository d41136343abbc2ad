/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Kind of strategizing activity. */
export type ActivityKind =
  /** Anchoring (forankring) in a member municipality. */
  | 'ANCHORING'
  /** A consultation (høring). */
  | 'CONSULTATION'
  /** A formal decision (e.g. by the steering group). */
  | 'DECISION'
  /** A meeting. */
  | 'MEETING'
  /** A workshop. */
  | 'WORKSHOP';

/** OPEN and DEFERRED await a decision; the others are final. */
export type AdoptionCaseStatus =
  /** Adopted with local adaptations; a project was started. */
  | 'ADAPTED'
  /** Adopted as proposed; a project was started. */
  | 'ADOPTED'
  /** Declined. */
  | 'DECLINED'
  /** Decision deferred; may be decided later. */
  | 'DEFERRED'
  /** Waiting for a decision. */
  | 'OPEN';

/** A municipality’s decision on a launched initiative. */
export type AdoptionDecision =
  /** Adopt with local adaptations (starts a project). */
  | 'ADAPT'
  /** Adopt as proposed (starts a project). */
  | 'ADOPT'
  /** Decline. */
  | 'DECLINE'
  /** Decide later. */
  | 'DEFER';

/** Which facts or rollup rows to include; every field narrows the selection. */
export type BenefitFactFilter = {
  /** Only benefits of initiatives under this focus area. */
  focusAreaId?: string | number | null | undefined;
  /** Measured on or after (YYYY-MM-DD). */
  from?: string | null | undefined;
  /** Id of the strategy goal it belongs to. */
  goalId?: string | number | null | undefined;
  /** Id of the regional initiative it belongs to, if any. */
  initiativeId?: string | number | null | undefined;
  /** Municipality number (kommunenummer) it belongs to. */
  municipalityId?: string | null | undefined;
  /** Id of the network it belongs to. */
  networkId?: string | number | null | undefined;
  /** Id of the municipal project it belongs to. */
  projectId?: string | number | null | undefined;
  /** Measured on or before (YYYY-MM-DD). */
  to?: string | null | undefined;
  /** Only benefits of this kind. */
  type?: BenefitType | null | undefined;
};

/** What a rollup groups by. */
export type BenefitRollupDimension =
  /** Per focus area (innsatsområde). */
  | 'FOCUS_AREA'
  /** Per strategy goal. */
  | 'GOAL'
  /** Per regional initiative. */
  | 'INITIATIVE'
  /** Per municipality. */
  | 'MUNICIPALITY'
  /** Per network. */
  | 'NETWORK'
  /** Per municipal project. */
  | 'PROJECT';

/** EFFICIENCY: budget savings in NOK; QUALITY: physical units; OTHER_ACTORS: effects for citizens or other bodies. */
export type BenefitType =
  /** Budget savings, in NOK. */
  | 'EFFICIENCY'
  /** Effects for citizens, businesses or other bodies. */
  | 'OTHER_ACTORS'
  /** Better services, in physical units (e.g. hours, cases, visits). */
  | 'QUALITY';

/** The answer to one question; set the field of its kind. */
export type ConsultationAnswerInput = {
  /** The question answered. */
  questionId: string;
  /** RANKING answer: every option once, most preferred first. */
  ranking?: Array<string> | null | undefined;
  /** SCALE answer, between the question’s min and max. */
  scale?: number | null | undefined;
  /** FREE_TEXT answer. */
  text?: string | null | undefined;
};

/** A group that may answer a consultation. */
export type ConsultationAudience =
  /** Citizens (anonymous answers if the consultation allows them). */
  | 'CITIZENS'
  /** Employees of the member municipalities. */
  | 'EMPLOYEES'
  /** The network’s member municipalities (formal answers by their editors). */
  | 'MEMBER_MUNICIPALITIES'
  /** Partners such as other public bodies or businesses. */
  | 'PARTNERS';

/** What happened to a response. */
export type ConsultationDispositionInput = {
  /** The outcome. */
  kind: ConsultationDispositionKind;
  /** A typed link to what changed, e.g. "strategyVersion:<strategyId>@<n>". */
  link?: string | null | undefined;
  /** The explanation shown to the respondent. */
  note: string;
};

/** What happened to a response. */
export type ConsultationDispositionKind =
  /** The input was adopted. */
  | 'ADOPTED'
  /** The input was noted (no change asked for). */
  | 'NOTED'
  /** The input was considered and not adopted. */
  | 'NOT_ADOPTED'
  /** The input was partly adopted. */
  | 'PARTLY_ADOPTED';

/** How a question is answered. */
export type ConsultationQuestionKind =
  /** A free-text answer (up to maxLength characters). */
  | 'FREE_TEXT'
  /** The options in order of preference. */
  | 'RANKING'
  /** A whole number between min and max. */
  | 'SCALE';

/** Who gave a response. */
export type ConsultationRespondentKind =
  /** A member municipality (formal answer). */
  | 'MUNICIPALITY'
  /** A person (employee, citizen or partner). */
  | 'PARTICIPANT';

/** DRAFT → OPEN → CLOSED → CONCLUDED. */
export type ConsultationStatus =
  /** Closed for answers; results public. */
  | 'CLOSED'
  /** Every response has a disposition; done. */
  | 'CONCLUDED'
  /** Being prepared; visible to the network’s admins only. */
  | 'DRAFT'
  /** Taking answers. */
  | 'OPEN';

/** The kind of entity a consultation is about. */
export type ConsultationSubjectType =
  /** A regional initiative. */
  | 'INITIATIVE'
  /** A municipal project. */
  | 'PROJECT'
  /** A strategy (draft revision). */
  | 'STRATEGY';

/** A municipality’s decision on an open or deferred case. */
export type DecideAdoptionInput = {
  /** E.g. "2025/123". */
  caseNumber?: string | null | undefined;
  /** E.g. "Kommunestyret". */
  decidingBody?: string | null | undefined;
  /** The decision. */
  decision: AdoptionDecision;
  /** Name of the project adopt/adapt creates; default: the initiative title. */
  projectName?: string | null | undefined;
  /** Why; shown publicly with the decision. */
  rationale: string;
  /** Service area of the created project; default GENERAL. */
  serviceArea?: ServiceArea | null | undefined;
};

/** Lifecycle of an initiative. */
export type InitiativeStatus =
  /** Approved; not yet launched. */
  | 'APPROVED'
  /** Closed. */
  | 'CLOSED'
  /** Launched: target municipalities decide on adoption. */
  | 'LAUNCHED'
  /** Proposed; internal to the network’s admins. */
  | 'PROPOSED';

/** One measured value of a benefit. */
export type MeasurementInput = {
  /** Comment on the measurement. */
  comment?: string;
  /** YYYY-MM-DD. */
  measuredOn: string;
  /** Where the value comes from (system, survey …). */
  source?: string;
  /** Decimal as a string, at most two decimals, |value| ≤ 1e13. */
  value: string;
};

/** Where a network's invitation to a municipality stands. */
export type NetworkInvitationStatus =
  /** The municipality accepted: it is a member. */
  | 'ACCEPTED'
  /** The municipality declined. */
  | 'DECLINED'
  /** Waiting for the municipality to answer. */
  | 'PENDING'
  /** The network took it back before an answer. */
  | 'WITHDRAWN';

/** A participant’s answer. */
export type ParticipantResponseInput = {
  /** One answer per question answered. */
  answers: Array<ConsultationAnswerInput>;
  /** EMPLOYEES, CITIZENS or PARTNERS; anonymous answers are always CITIZENS. */
  audience?: ConsultationAudience | null | undefined;
};

/** Prosjektveiviseren: IDEA → CONCEPT → PLANNING → EXECUTION → REALISATION → CLOSED. */
export type ProjectPhase =
  /** Closed. */
  | 'CLOSED'
  /** Concept: alternatives and benefits assessed. */
  | 'CONCEPT'
  /** Execution: being built or introduced. */
  | 'EXECUTION'
  /** An idea, not yet assessed. */
  | 'IDEA'
  /** Planning: scope, plan and budget set. */
  | 'PLANNING'
  /** Realisation: delivered, benefits being taken out. */
  | 'REALISATION';

/** A new decision replacing a final one; the old one stays in the history. */
export type ReconsiderAdoptionInput = {
  /** E.g. "2025/123". */
  caseNumber?: string | null | undefined;
  /** E.g. "Kommunestyret". */
  decidingBody?: string | null | undefined;
  /** The new decision. */
  decision: AdoptionDecision;
  /** Name of the project adopt/adapt creates; default: the initiative title. */
  projectName?: string | null | undefined;
  /** Why; shown publicly with the decision. */
  rationale: string;
  /** Why the final decision is being changed. */
  reason: string;
  /** Service area of the created project; default GENERAL. */
  serviceArea?: ServiceArea | null | undefined;
};

/** Municipal service area of a project. */
export type ServiceArea =
  /** Administration and support functions. */
  | 'ADMINISTRATION'
  /** Child welfare and family services. */
  | 'CHILDREN_AND_FAMILY'
  /** Culture, libraries and leisure. */
  | 'CULTURE'
  /** Schools and kindergartens (oppvekst og utdanning). */
  | 'EDUCATION'
  /** Cross-cutting or none of the above. */
  | 'GENERAL'
  /** Health and care (helse og omsorg). */
  | 'HEALTH_AND_CARE'
  /** Technical services: planning, building, water, roads. */
  | 'TECHNICAL_SERVICES';

/** Traffic-light status. */
export type StatusLight =
  /** On track. */
  | 'GREEN'
  /** Off track; needs a decision. */
  | 'RED'
  /** At risk; being handled. */
  | 'YELLOW';

/** Lifecycle of a strategy. */
export type StrategyStatus =
  /** Adopted; its latest version is public. */
  | 'ADOPTED'
  /** Being written or revised; internal to the network’s admins. */
  | 'DRAFT'
  /** Out for consultation (høring). */
  | 'IN_CONSULTATION'
  /** Replaced by a newer strategy. */
  | 'SUPERSEDED';

/** T1 network, T2 interplay network↔municipality, T3 municipal. */
export type Tranche =
  /** T1: strategy work inside the network. */
  | 'T1_NETWORK'
  /** T2: interplay between the network and each member. */
  | 'T2_INTERPLAY'
  /** T3: inside each municipality. */
  | 'T3_MUNICIPAL';

/** How far an initiative has travelled in one municipality: T1 launched → T2 consulted, decided → T3 in portfolio, executing, realising benefits, closed. */
export type TrancheStage =
  /** The project is closed. */
  | 'CLOSED'
  /** T2: the municipality has answered a consultation on it. */
  | 'CONSULTED'
  /** T2: decided (declined or deferred, or adopted without a project yet). */
  | 'DECIDED'
  /** T3: the project is being executed. */
  | 'EXECUTING'
  /** T3: a project is in the municipality’s portfolio. */
  | 'IN_PORTFOLIO'
  /** T1: launched, nothing heard yet. */
  | 'LAUNCHED'
  /** T3: benefits are being realised (measured). */
  | 'REALISING';

export type AdoptionCaseFieldsFragment = { id: string, initiativeId: string, municipalityId: string, initiativeTitle: string, status: AdoptionCaseStatus, decision: AdoptionDecision | null, rationale: string | null, decidingBody: string | null, caseNumber: string | null, decidedAt: string | null, openedAt: string, municipality: { id: string, name: string }, initiative: { id: string, launchedAt: string | null } | null, decisions: Array<{ id: string, decision: AdoptionDecision, rationale: string, decidingBody: string | null, caseNumber: string | null, reconsideration: boolean, reason: string | null, decidedAt: string }>, project: { id: string, name: string, phase: ProjectPhase } | null };

export type AdoptionCaseForCellQueryVariables = Exact<{
  initiativeId: string | number;
  municipalityId: string;
}>;


export type AdoptionCaseForCellQuery = { adoptionCases: { edges: Array<{ node: { id: string, initiativeId: string, municipalityId: string, initiativeTitle: string, status: AdoptionCaseStatus, decision: AdoptionDecision | null, rationale: string | null, decidingBody: string | null, caseNumber: string | null, decidedAt: string | null, openedAt: string, municipality: { id: string, name: string }, initiative: { id: string, launchedAt: string | null } | null, decisions: Array<{ id: string, decision: AdoptionDecision, rationale: string, decidingBody: string | null, caseNumber: string | null, reconsideration: boolean, reason: string | null, decidedAt: string }>, project: { id: string, name: string, phase: ProjectPhase } | null } }> } };

export type DecideAdoptionMutationVariables = Exact<{
  caseId: string | number;
  input: DecideAdoptionInput;
}>;


export type DecideAdoptionMutation = { decideAdoption: { id: string, initiativeId: string, municipalityId: string, initiativeTitle: string, status: AdoptionCaseStatus, decision: AdoptionDecision | null, rationale: string | null, decidingBody: string | null, caseNumber: string | null, decidedAt: string | null, openedAt: string, municipality: { id: string, name: string }, initiative: { id: string, launchedAt: string | null } | null, decisions: Array<{ id: string, decision: AdoptionDecision, rationale: string, decidingBody: string | null, caseNumber: string | null, reconsideration: boolean, reason: string | null, decidedAt: string }>, project: { id: string, name: string, phase: ProjectPhase } | null } };

export type ReconsiderAdoptionMutationVariables = Exact<{
  caseId: string | number;
  input: ReconsiderAdoptionInput;
}>;


export type ReconsiderAdoptionMutation = { reconsiderAdoption: { id: string, initiativeId: string, municipalityId: string, initiativeTitle: string, status: AdoptionCaseStatus, decision: AdoptionDecision | null, rationale: string | null, decidingBody: string | null, caseNumber: string | null, decidedAt: string | null, openedAt: string, municipality: { id: string, name: string }, initiative: { id: string, launchedAt: string | null } | null, decisions: Array<{ id: string, decision: AdoptionDecision, rationale: string, decidingBody: string | null, caseNumber: string | null, reconsideration: boolean, reason: string | null, decidedAt: string }>, project: { id: string, name: string, phase: ProjectPhase } | null } };

export type BenefitRollupQueryVariables = Exact<{
  by: BenefitRollupDimension;
  filter?: BenefitFactFilter | null | undefined;
}>;


export type BenefitRollupQuery = { benefitRollup: Array<{ key: string | null, label: string | null, periodStart: string | null, type: BenefitType, unit: string, benefitCount: number, measuredCount: number, plannedGain: string, realisedGain: string, achievement: string | null }> };

export type ConsultationListQueryVariables = Exact<{
  networkId: string;
}>;


export type ConsultationListQuery = { consultations: { edges: Array<{ node: { id: string, title: string, status: ConsultationStatus, subjectType: ConsultationSubjectType, opensAt: string | null, closesAt: string | null, allowAnonymous: boolean } }> } };

export type MyResponsesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyResponsesQuery = { myResponses: Array<{ id: string, consultationId: string, submittedAt: string, consultation: { id: string, title: string } | null, disposition: { kind: ConsultationDispositionKind, note: string, link: string | null, decidedAt: string } | null }> };

export type ConsultationPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsultationPageQuery = { consultation: { id: string, networkId: string, title: string, description: string, status: ConsultationStatus, allowAnonymous: boolean, audiences: Array<ConsultationAudience>, opensAt: string | null, closesAt: string | null, questions: Array<{ id: string, kind: ConsultationQuestionKind, prompt: string, maxLength: number | null, min: number | null, max: number | null, options: Array<string> | null }> } };

export type ConsultationResultsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsultationResultsQuery = { consultation: { id: string, results: { responseCount: number, questions: Array<{ questionId: string, kind: ConsultationQuestionKind, prompt: string, answerCount: number, mean: number | null, distribution: Array<{ value: number, count: number }>, ranking: Array<{ option: string, score: number, position: number }> }> } | null } };

export type ConsultationResponsesQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsultationResponsesQuery = { consultation: { id: string, responses: { totalCount: number, edges: Array<{ node: { id: string, respondentKind: ConsultationRespondentKind, anonymous: boolean, submittedAt: string, municipality: { id: string, name: string } | null, answers: Array<{ questionId: string, text: string | null, scale: number | null, ranking: Array<string> | null }> | null, disposition: { kind: ConsultationDispositionKind, note: string } | null } }> } | null } };

export type SubmitParticipantResponseMutationVariables = Exact<{
  consultationId: string | number;
  input: ParticipantResponseInput;
}>;


export type SubmitParticipantResponseMutation = { submitParticipantResponse: { id: string } };

export type SetDispositionMutationVariables = Exact<{
  responseId: string | number;
  input: ConsultationDispositionInput;
}>;


export type SetDispositionMutation = { setDisposition: { id: string, disposition: { kind: ConsultationDispositionKind, note: string } | null } };

export type ConcludeConsultationMutationVariables = Exact<{
  id: string | number;
}>;


export type ConcludeConsultationMutation = { concludeConsultation: { id: string, status: ConsultationStatus } };

export type CloseConsultationMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseConsultationMutation = { closeConsultation: { id: string, status: ConsultationStatus } };

export type EmbedPortfolioQueryVariables = Exact<{
  municipality: string | number;
}>;


export type EmbedPortfolioQuery = { municipality: { __typename: 'Municipality', id: string, name: string, projects: Array<{ __typename: 'Project', id: string, name: string, serviceArea: ServiceArea, phase: ProjectPhase, latestStatus: { overall: StatusLight, reportedAt: string, publicSummary: string | null } | null, initiative: { __typename: 'Initiative', id: string, title: string } | null }> } };

export type EmbedBenefitsQueryVariables = Exact<{
  municipality: string | number;
}>;


export type EmbedBenefitsQuery = { municipality: { __typename: 'Municipality', id: string, name: string, projects: Array<{ __typename: 'Project', id: string, name: string, benefitRealisation: { lines: Array<{ type: BenefitType, unit: string, benefitCount: number, measuredCount: number, plannedGain: string, realisedGain: string, achievement: string | null }> } | null }> } };

export type EmbedInitiativeQueryVariables = Exact<{
  initiative: string | number;
}>;


export type EmbedInitiativeQuery = { initiative: { __typename: 'Initiative', id: string, title: string, status: InitiativeStatus, launchedAt: string | null, adoptionRate: { targeted: number, decided: number, adopt: number, adapt: number, decline: number, defer: number, open: number }, adoptionCases: Array<{ __typename: 'AdoptionCase', id: string, status: AdoptionCaseStatus, decidedAt: string | null, municipality: { __typename: 'Municipality', id: string, name: string }, project: { __typename: 'Project', id: string, phase: ProjectPhase } | null }> } };

export type MatrixFrameQueryVariables = Exact<{
  networkId: string | number;
}>;


export type MatrixFrameQuery = { network: { id: string, members: Array<{ id: string, municipality: { id: string, name: string } }>, strategies: Array<{ id: string, status: StrategyStatus, focusAreas: Array<{ id: string, title: string, goals: Array<{ id: string, initiatives: Array<{ id: string, title: string, status: InitiativeStatus, launchedAt: string | null }> }> }> }> } };

export type TrancheMatrixQueryVariables = Exact<{
  networkId: string;
}>;


export type TrancheMatrixQuery = { trancheMatrix: Array<{ initiativeId: string, municipalityId: string, stage: TrancheStage, decision: string | null, launchedAt: string | null, decidedAt: string | null, stageChangedAt: string, daysInStage: number, projectId: string | null }> };

export type PublicMatrixQueryVariables = Exact<{
  networkId: string;
}>;


export type PublicMatrixQuery = { initiatives: { edges: Array<{ node: { id: string, launchedAt: string | null, adoptionCases: Array<{ id: string, municipalityId: string, status: AdoptionCaseStatus, decision: AdoptionDecision | null, decidedAt: string | null, openedAt: string, project: { id: string, phase: ProjectPhase, updatedAt: string } | null }> } }> } };

export type PendingNetworkInvitationsQueryVariables = Exact<{
  municipalityId: string;
}>;


export type PendingNetworkInvitationsQuery = { networkInvitations: Array<{ id: string, message: string, invitedAt: string, joinedOn: string | null, network: { id: string, name: string } }> };

export type AcceptNetworkInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptNetworkInvitationMutation = { acceptNetworkInvitation: { id: string, networkId: string, joinedOn: string } };

export type DeclineNetworkInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type DeclineNetworkInvitationMutation = { declineNetworkInvitation: { id: string, status: NetworkInvitationStatus } };

export type NetworkOverviewQueryVariables = Exact<{
  networkId: string | number;
}>;


export type NetworkOverviewQuery = { network: { id: string, name: string, region: string, description: string, members: Array<{ id: string, joinedOn: string, municipality: { id: string, name: string, population: number } }>, strategies: Array<{ id: string, title: string, status: StrategyStatus, vision: string, periodStart: number, periodEnd: number, currentVersion: number, focusAreas: Array<{ id: string, title: string, goals: Array<{ id: string, title: string, indicator: string, unit: string, targetValue: number | null, targetYear: number | null, initiatives: Array<{ id: string, title: string, status: InitiativeStatus, launchedAt: string | null }> }> }>, versions: Array<{ id: string, versionNumber: number, adoptedAt: string, decisionReference: string }> }> } };

export type CompareStrategyVersionsQueryVariables = Exact<{
  strategyId: string | number;
  fromVersion: number;
  toVersion: number;
}>;


export type CompareStrategyVersionsQuery = { compareStrategyVersions: Array<{ change: string, entity: string, entityId: string | null, title: string, field: string | null, before: string | null, after: string | null, reason: string | null }> };

export type StrategizingActivitiesQueryVariables = Exact<{
  networkId: string;
  after?: string | null | undefined;
}>;


export type StrategizingActivitiesQuery = { strategizingActivities: { totalCount: number, edges: Array<{ node: { id: string, kind: ActivityKind, tranche: Tranche, title: string, occurredOn: string, participants: Array<string>, outcome: string, decidingBody: string | null, caseNumber: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MunicipalityPageQueryVariables = Exact<{
  id: string | number;
}>;


export type MunicipalityPageQuery = { municipality: { id: string, name: string, county: string, population: number, adoptionCases: Array<{ id: string, initiativeId: string, municipalityId: string, initiativeTitle: string, status: AdoptionCaseStatus, decision: AdoptionDecision | null, rationale: string | null, decidingBody: string | null, caseNumber: string | null, decidedAt: string | null, openedAt: string, municipality: { id: string, name: string }, initiative: { id: string, launchedAt: string | null } | null, decisions: Array<{ id: string, decision: AdoptionDecision, rationale: string, decidingBody: string | null, caseNumber: string | null, reconsideration: boolean, reason: string | null, decidedAt: string }>, project: { id: string, name: string, phase: ProjectPhase } | null }>, projects: Array<{ id: string, name: string, phase: ProjectPhase, serviceArea: ServiceArea, published: boolean, initiative: { id: string, title: string } | null, latestStatus: { id: string, overall: StatusLight, reportedAt: string } | null }> } };

export type MunicipalityBenefitsQueryVariables = Exact<{
  id: string | number;
}>;


export type MunicipalityBenefitsQuery = { municipality: { id: string, benefitRealisation: { lines: Array<{ type: BenefitType, unit: string, benefitCount: number, measuredCount: number, plannedGain: string, realisedGain: string, achievement: string | null }>, gaps: Array<{ benefitId: string, projectId: string, indicator: string, missingBaseline: boolean, missingTarget: boolean, missingMeasurements: boolean }> } | null } };

export type ProjectPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectPageQuery = { project: { id: string, name: string, description: string, phase: ProjectPhase, serviceArea: ServiceArea, budget: number | null, costToDate: number | null, owner: string | null, published: boolean, municipalityId: string, municipality: { id: string, name: string }, initiative: { id: string, title: string } | null, statusReports: Array<{ id: string, overall: StatusLight, schedule: StatusLight, budget: StatusLight, quality: StatusLight, risk: StatusLight, comment: string | null, public: boolean, reportedAt: string }> } };

export type ProjectBenefitsQueryVariables = Exact<{
  projectId: string | number;
}>;


export type ProjectBenefitsQuery = { benefitPlan: { id: string, benefits: Array<{ id: string, type: BenefitType, indicator: string, unit: string, isDisbenefit: boolean, baselineValue: string | null, baselineDate: string | null, targetValue: string | null, targetDate: string | null, latestValue: string | null, achievement: string | null, measurements: Array<{ id: string, measuredOn: string, value: string, source: string }> }> } };

export type RecordMeasurementMutationVariables = Exact<{
  benefitId: string | number;
  input: MeasurementInput;
}>;


export type RecordMeasurementMutation = { recordMeasurement: { id: string, measuredOn: string, value: string } };

export const AdoptionCaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdoptionCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptionCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"decidingBody"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"launchedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"decidingBody"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reconsideration"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]} as unknown as DocumentNode<AdoptionCaseFieldsFragment, unknown>;
export const AdoptionCaseForCellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdoptionCaseForCell"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptionCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"initiativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"initiativeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdoptionCaseFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdoptionCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptionCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"decidingBody"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"launchedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"decidingBody"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reconsideration"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]} as unknown as DocumentNode<AdoptionCaseForCellQuery, AdoptionCaseForCellQueryVariables>;
export const DecideAdoptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideAdoption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideAdoptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAdoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdoptionCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdoptionCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptionCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"decidingBody"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"launchedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"decidingBody"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reconsideration"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]} as unknown as DocumentNode<DecideAdoptionMutation, DecideAdoptionMutationVariables>;
export const ReconsiderAdoptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReconsiderAdoption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReconsiderAdoptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reconsiderAdoption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdoptionCaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdoptionCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptionCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"decidingBody"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"launchedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"decidingBody"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reconsideration"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]} as unknown as DocumentNode<ReconsiderAdoptionMutation, ReconsiderAdoptionMutationVariables>;
export const BenefitRollupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenefitRollup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitRollupDimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitFactFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefitRollup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"grain"},"value":{"kind":"EnumValue","value":"QUARTER"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCount"}},{"kind":"Field","name":{"kind":"Name","value":"measuredCount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedGain"}},{"kind":"Field","name":{"kind":"Name","value":"realisedGain"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}}]}}]}}]} as unknown as DocumentNode<BenefitRollupQuery, BenefitRollupQueryVariables>;
export const ConsultationListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsultationList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowAnonymous"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsultationListQuery, ConsultationListQueryVariables>;
export const MyResponsesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyResponses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myResponses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consultationId"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consultation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disposition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyResponsesQuery, MyResponsesQueryVariables>;
export const ConsultationPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsultationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowAnonymous"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]}}]}}]} as unknown as DocumentNode<ConsultationPageQuery, ConsultationPageQueryVariables>;
export const ConsultationResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsultationResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseCount"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"prompt"}},{"kind":"Field","name":{"kind":"Name","value":"answerCount"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsultationResultsQuery, ConsultationResultsQueryVariables>;
export const ConsultationResponsesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsultationResponses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"responses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"respondentKind"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"ranking"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disposition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsultationResponsesQuery, ConsultationResponsesQueryVariables>;
export const SubmitParticipantResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitParticipantResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consultationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitParticipantResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"consultationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consultationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SubmitParticipantResponseMutation, SubmitParticipantResponseMutationVariables>;
export const SetDispositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDisposition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"responseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationDispositionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDisposition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"responseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"responseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disposition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<SetDispositionMutation, SetDispositionMutationVariables>;
export const ConcludeConsultationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConcludeConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concludeConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConcludeConsultationMutation, ConcludeConsultationMutationVariables>;
export const CloseConsultationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CloseConsultationMutation, CloseConsultationMutationVariables>;
export const EmbedPortfolioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmbedPortfolio"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serviceArea"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"latestStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmbedPortfolioQuery, EmbedPortfolioQueryVariables>;
export const EmbedBenefitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmbedBenefits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"benefitRealisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCount"}},{"kind":"Field","name":{"kind":"Name","value":"measuredCount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedGain"}},{"kind":"Field","name":{"kind":"Name","value":"realisedGain"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmbedBenefitsQuery, EmbedBenefitsQueryVariables>;
export const EmbedInitiativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmbedInitiative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"initiative"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"initiative"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"launchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptionRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targeted"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"adopt"}},{"kind":"Field","name":{"kind":"Name","value":"adapt"}},{"kind":"Field","name":{"kind":"Name","value":"decline"}},{"kind":"Field","name":{"kind":"Name","value":"defer"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptionCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmbedInitiativeQuery, EmbedInitiativeQueryVariables>;
export const MatrixFrameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixFrame"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"launchedAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatrixFrameQuery, MatrixFrameQueryVariables>;
export const TrancheMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrancheMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trancheMatrix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiativeId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"launchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stageChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"daysInStage"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}}]}}]}}]} as unknown as DocumentNode<TrancheMatrixQuery, TrancheMatrixQueryVariables>;
export const PublicMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"LAUNCHED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"launchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"adoptionCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublicMatrixQuery, PublicMatrixQueryVariables>;
export const PendingNetworkInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingNetworkInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkInvitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipalityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PendingNetworkInvitationsQuery, PendingNetworkInvitationsQueryVariables>;
export const AcceptNetworkInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptNetworkInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptNetworkInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}}]}}]}}]} as unknown as DocumentNode<AcceptNetworkInvitationMutation, AcceptNetworkInvitationMutationVariables>;
export const DeclineNetworkInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineNetworkInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineNetworkInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeclineNetworkInvitationMutation, DeclineNetworkInvitationMutationVariables>;
export const NetworkOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"vision"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"focusAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetYear"}},{"kind":"Field","name":{"kind":"Name","value":"initiatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"launchedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReference"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworkOverviewQuery, NetworkOverviewQueryVariables>;
export const CompareStrategyVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareStrategyVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareStrategyVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"strategyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strategyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"toVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CompareStrategyVersionsQuery, CompareStrategyVersionsQueryVariables>;
export const StrategizingActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StrategizingActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategizingActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"tranche"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidingBody"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<StrategizingActivitiesQuery, StrategizingActivitiesQueryVariables>;
export const MunicipalityPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalityPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"adoptionCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdoptionCaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"serviceArea"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdoptionCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptionCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeId"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"initiativeTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"decidingBody"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"launchedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"decidingBody"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reconsideration"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]} as unknown as DocumentNode<MunicipalityPageQuery, MunicipalityPageQueryVariables>;
export const MunicipalityBenefitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalityBenefits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benefitRealisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCount"}},{"kind":"Field","name":{"kind":"Name","value":"measuredCount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedGain"}},{"kind":"Field","name":{"kind":"Name","value":"realisedGain"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefitId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"missingBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"missingTarget"}},{"kind":"Field","name":{"kind":"Name","value":"missingMeasurements"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalityBenefitsQuery, MunicipalityBenefitsQueryVariables>;
export const ProjectPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"serviceArea"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"costToDate"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityId"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"initiative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"risk"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"public"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectPageQuery, ProjectPageQueryVariables>;
export const ProjectBenefitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectBenefits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefitPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"isDisbenefit"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"latestValue"}},{"kind":"Field","name":{"kind":"Name","value":"achievement"}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectBenefitsQuery, ProjectBenefitsQueryVariables>;
export const RecordMeasurementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeasurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"benefitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeasurementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeasurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"benefitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"benefitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<RecordMeasurementMutation, RecordMeasurementMutationVariables>;