/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL responses are read ad hoc by shape. */
import type { Actor } from '@samspill/server-auth';
import { B_M, MatrixWorld, NET_A, OTHER_M, OWN_M } from './matrix-world';

/** How to try one policy row: the operation with variables aimed at the row's target. */
export interface MatrixCase {
  query: string;
  vars?: (w: MatrixWorld, actor: Actor) => Record<string, unknown>;
  /** For a field row: the field's value in the response (refused: null). */
  pick?: (data: any, w: MatrixWorld) => unknown;
}

const RAG = { overall: 'GREEN', schedule: 'GREEN', budget: 'GREEN', quality: 'GREEN', risk: 'GREEN' };
const answers = (w: MatrixWorld) => [{ questionId: w.questionId, text: 'Svar' }];

/** One case per row of ACCESS_POLICY, keyed `operation @ target`; the matrix test fails on a row without one. */
export const MATRIX_CASES: Record<string, MatrixCase> = {
  // network-strategy
  'Query.network @ in scope': { query: `query($id: ID!) { network(id: $id) { id } }`, vars: () => ({ id: NET_A }) },
  'Query.networks @ in scope': { query: `{ networks(first: 5) { totalCount } }` },
  'Query.municipality @ in scope': { query: `query($id: ID!) { municipality(id: $id) { id population } }`, vars: () => ({ id: OWN_M }) },
  'Query.municipalities @ in scope': { query: `query($n: String) { municipalities(networkId: $n) { totalCount } }`, vars: () => ({ n: NET_A }) },
  'Query.strategy @ adopted, while a revision is drafted': { query: `query($id: ID!) { strategy(id: $id) { id focusAreas { goals { title } } } }`, vars: (w) => ({ id: w.adoptedStrategyId }) },
  'Query.strategy @ draft': { query: `query($id: ID!) { strategy(id: $id) { id focusAreas { title } } }`, vars: (w) => ({ id: w.draftStrategyId }) },
  'Query.strategies @ listing': { query: `query($n: String) { strategies(networkId: $n) { totalCount } }`, vars: () => ({ n: NET_A }) },
  'Query.strategyVersion @ adopted': { query: `query($s: ID!) { strategyVersion(strategyId: $s, versionNumber: 1) { versionNumber } }`, vars: (w) => ({ s: w.adoptedStrategyId }) },
  'Query.compareStrategyVersions @ adopted': { query: `query($s: ID!) { compareStrategyVersions(strategyId: $s, fromVersion: 1, toVersion: 1) { change entity } }`, vars: (w) => ({ s: w.adoptedStrategyId }) },
  'Query.initiative @ in scope': { query: `query($id: ID!) { initiative(id: $id) { id status } }`, vars: (w) => ({ id: w.initiativeId }) },
  'Query.initiatives @ in scope': { query: `query($n: String) { initiatives(networkId: $n) { totalCount } }`, vars: () => ({ n: NET_A }) },
  'Query.strategizingActivities @ in scope': { query: `query($n: String!) { strategizingActivities(networkId: $n) { totalCount } }`, vars: () => ({ n: NET_A }) },
  'Query.trancheMatrix @ in scope': { query: `query($n: String!) { trancheMatrix(networkId: $n) { stage } }`, vars: () => ({ n: NET_A }) },
  'Query.trancheLeadTimes @ in scope': { query: `query($n: String!) { trancheLeadTimes(networkId: $n) { key } }`, vars: () => ({ n: NET_A }) },
  'Mutation.createNetwork @ the network the admin is granted': {
    query: `mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }`,
    vars: () => ({ i: { id: NET_A, name: 'Matrix again', region: 'Rogaland' } }),
  },
  'Mutation.registerMunicipality @ master data': {
    query: `mutation($i: RegisterMunicipalityInput!) { registerMunicipality(input: $i) { id } }`,
    vars: () => ({ i: { id: '1130', name: 'Strand', population: 13000 } }),
  },
  'Mutation.updateMunicipality @ master data': {
    query: `mutation($id: ID!) { updateMunicipality(id: $id, input: { population: 28200 }) { id } }`,
    vars: () => ({ id: OWN_M }),
  },
  'Mutation.addMunicipalityToNetwork @ deprecated': {
    query: `mutation($i: JoinNetworkInput!) { addMunicipalityToNetwork(input: $i) { id } }`,
    vars: () => ({ i: { networkId: NET_A, municipalityId: B_M, joinedOn: '2025-01-01' } }),
  },
  "Query.networkInvitations @ the own network's invitations": {
    query: `query($n: String) { networkInvitations(networkId: $n) { id status } }`,
    vars: () => ({ n: NET_A }),
  },
  "Query.networkInvitations @ the own municipality's invitations": {
    query: `query($m: String) { networkInvitations(municipalityId: $m) { id status } }`,
    vars: () => ({ m: OWN_M }),
  },
  'Mutation.inviteMunicipalityToNetwork @ to the own network': {
    query: `mutation($i: InviteMunicipalityInput!) { inviteMunicipalityToNetwork(input: $i) { id } }`,
    vars: () => ({ i: { networkId: NET_A, municipalityId: B_M } }),
  },
  "Mutation.withdrawNetworkInvitation @ the own network's pending invitation": {
    query: `mutation($id: ID!) { withdrawNetworkInvitation(id: $id) { id } }`,
    vars: (w) => ({ id: w.withdrawInvitationId }),
  },
  'Mutation.acceptNetworkInvitation @ pending invitation to the own municipality': {
    query: `mutation($id: ID!) { acceptNetworkInvitation(id: $id) { id } }`,
    vars: (w) => ({ id: w.acceptInvitationId }),
  },
  'Mutation.declineNetworkInvitation @ pending invitation to the own municipality': {
    query: `mutation($id: ID!) { declineNetworkInvitation(id: $id, note: "Ikke aktuelt nå") { id } }`,
    vars: (w) => ({ id: w.declineInvitationId }),
  },
  'Mutation.removeMunicipalityFromNetwork @ membership in the own network': {
    query: `mutation($i: LeaveNetworkInput!) { removeMunicipalityFromNetwork(input: $i) { id } }`,
    vars: () => ({ i: { networkId: NET_A, municipalityId: OTHER_M, leftOn: '2026-01-01' } }),
  },
  'Mutation.leaveNetwork @ membership of the own municipality': {
    query: `mutation($i: LeaveNetworkInput!) { leaveNetwork(input: $i) { id } }`,
    vars: () => ({ i: { networkId: NET_A, municipalityId: OWN_M, leftOn: '2026-01-01' } }),
  },
  'Mutation.createStrategy @ in scope': {
    query: `mutation($i: CreateStrategyInput!) { createStrategy(input: $i) { id } }`,
    vars: () => ({ i: { networkId: NET_A, title: 'Enda en strategi', periodStart: 2029, periodEnd: 2032 } }),
  },
  'Mutation.updateStrategy @ draft': { query: `mutation($id: ID!) { updateStrategy(id: $id, input: { vision: "Ny visjon" }) { id } }`, vars: (w) => ({ id: w.draftStrategyId }) },
  'Mutation.startStrategyConsultation @ draft': { query: `mutation($id: ID!) { startStrategyConsultation(id: $id) { id } }`, vars: (w) => ({ id: w.draftStrategyId }) },
  'Mutation.returnStrategyToDraft @ adopted': { query: `mutation($id: ID!) { returnStrategyToDraft(id: $id) { id } }`, vars: (w) => ({ id: w.adoptedStrategyId }) },
  'Mutation.adoptStrategy @ draft': {
    query: `mutation($id: ID!) { adoptStrategy(id: $id, input: { adoptedBy: "Styringsgruppen", decisionReference: "Sak 2" }) { id } }`,
    vars: (w) => ({ id: w.draftStrategyId }),
  },
  'Mutation.addFocusArea @ draft': { query: `mutation($id: ID!) { addFocusArea(strategyId: $id, input: { title: "Kompetanse" }) { id } }`, vars: (w) => ({ id: w.draftStrategyId }) },
  'Mutation.updateFocusArea @ draft': { query: `mutation($id: ID!) { updateFocusArea(id: $id, input: { title: "Tjenester 2" }) { id } }`, vars: (w) => ({ id: w.draftFocusAreaId }) },
  'Mutation.retireFocusArea @ draft': {
    query: `mutation($id: ID!) { retireFocusArea(id: $id, reason: "Slått sammen med et annet") { id } }`,
    vars: (w) => ({ id: w.draftFocusAreaId }),
  },
  'Mutation.updateGoal @ draft': { query: `mutation($id: ID!) { updateGoal(id: $id, input: { targetValue: 75 }) { id } }`, vars: (w) => ({ id: w.draftGoalId }) },
  'Mutation.retireGoal @ adopted, while a revision is drafted': {
    query: `mutation($id: ID!) { retireGoal(id: $id, reason: "Nådd før tiden") { id } }`,
    vars: (w) => ({ id: w.goalId }),
  },
  'Mutation.addGoal @ draft': {
    query: `mutation($id: ID!) { addGoal(focusAreaId: $id, input: { title: "Nytt mål", indicator: "andel", unit: "%" }) { id } }`,
    vars: (w) => ({ id: w.draftFocusAreaId }),
  },
  'Mutation.proposeInitiative @ in scope': {
    query: `mutation($g: ID!) { proposeInitiative(goalId: $g, input: { title: "Nytt forslag", owner: "Sola", costSharingModel: EQUAL_SHARE }) { id } }`,
    vars: (w) => ({ g: w.goalId }),
  },
  'Mutation.approveInitiative @ in scope': { query: `mutation($id: ID!) { approveInitiative(id: $id) { id } }`, vars: (w) => ({ id: w.draftInitiativeId }) },
  'Mutation.launchInitiative @ in scope': { query: `mutation($id: ID!) { launchInitiative(id: $id) { id } }`, vars: (w) => ({ id: w.approvedInitiativeId }) },
  'Mutation.closeInitiative @ in scope': { query: `mutation($id: ID!) { closeInitiative(id: $id, note: "Ferdig") { id } }`, vars: (w) => ({ id: w.approvedInitiativeId }) },
  'Mutation.updateInitiative @ adopted, while a revision is drafted': {
    query: `mutation($id: ID!) { updateInitiative(id: $id, input: { title: "Felles chatbot 2.0" }) { id } }`,
    vars: (w) => ({ id: w.initiativeId }),
  },
  'Mutation.retireInitiative @ adopted, while a revision is drafted': {
    query: `mutation($id: ID!) { retireInitiative(id: $id, reason: "Erstattes av nasjonal løsning") { id } }`,
    vars: (w) => ({ id: w.approvedInitiativeId }),
  },
  'Mutation.recordStrategizingActivity @ in scope': {
    query: `mutation($i: RecordActivityInput!) { recordStrategizingActivity(input: $i) { id } }`,
    vars: () => ({ i: { networkId: NET_A, kind: 'WORKSHOP', tranche: 'T1_NETWORK', title: 'Verksted', occurredOn: '2025-03-01' } }),
  },
  'Initiative.goal @ goal of a draft strategy': {
    query: `query($id: ID!) { initiative(id: $id) { goal { title } } }`,
    vars: (w) => ({ id: w.draftInitiativeId }),
    pick: (d) => d?.initiative?.goal,
  },
  'Strategy.revision @ adopted, while a revision is drafted': {
    query: `query($id: ID!) { strategy(id: $id) { revision { status changes { change } } } }`,
    vars: (w) => ({ id: w.adoptedStrategyId }),
    pick: (d) => d?.strategy?.revision,
  },
  'Goal.focusArea @ goal of a draft strategy': {
    query: `query($id: ID!) { initiative(id: $id) { goal { focusArea { title } } } }`,
    vars: (w) => ({ id: w.draftInitiativeId }),
    pick: (d) => d?.initiative?.goal?.focusArea,
  },

  // portfolios
  'Query.adoptionCase @ in scope': { query: `query($id: ID!) { adoptionCase(id: $id) { id decision } }`, vars: (w) => ({ id: w.caseId }) },
  'Query.adoptionCases @ in scope': { query: `query($i: ID) { adoptionCases(initiativeId: $i) { totalCount } }`, vars: (w) => ({ i: w.initiativeId }) },
  'Query.project @ published': { query: `query($id: ID!) { project(id: $id) { id name } }`, vars: (w) => ({ id: w.publishedProjectId }) },
  'Query.project @ unpublished': { query: `query($id: ID!) { project(id: $id) { id name } }`, vars: (w) => ({ id: w.unpublishedProjectId }) },
  'Query.projects @ listing': { query: `query($m: String) { projects(municipalityId: $m) { totalCount } }`, vars: () => ({ m: OWN_M }) },
  'Query.portfolio @ in scope': { query: `query($m: ID!) { portfolio(municipalityId: $m) { municipalityId } }`, vars: () => ({ m: OWN_M }) },
  'Mutation.decideAdoption @ in scope': {
    query: `mutation($c: ID!) { decideAdoption(caseId: $c, input: { decision: DEFER, rationale: "Venter på budsjett" }) { id } }`,
    vars: (w) => ({ c: w.caseId }),
  },
  'Mutation.reconsiderAdoption @ in scope': {
    query: `mutation($c: ID!) { reconsiderAdoption(caseId: $c, input: { decision: ADAPT, rationale: "Tilpasset lokale behov", reason: "Ny vurdering i kommunestyret" }) { id } }`,
    vars: (w) => ({ c: w.caseId }),
  },
  'Mutation.createProject @ in scope': { query: `mutation($m: String!) { createProject(input: { municipalityId: $m, name: "Nytt prosjekt" }) { id } }`, vars: () => ({ m: OWN_M }) },
  'Mutation.updateProject @ in scope': { query: `mutation($id: ID!) { updateProject(id: $id, input: { priority: 2 }) { id } }`, vars: (w) => ({ id: w.unpublishedProjectId }) },
  'Mutation.changeProjectPhase @ in scope': { query: `mutation($id: ID!) { changeProjectPhase(id: $id, phase: CONCEPT) { id } }`, vars: (w) => ({ id: w.unpublishedProjectId }) },
  'Mutation.reportProjectStatus @ in scope': {
    query: `mutation($id: ID!, $i: ReportStatusInput!) { reportProjectStatus(id: $id, input: $i) { id } }`,
    vars: (w) => ({ id: w.unpublishedProjectId, i: RAG }),
  },
  'Mutation.setProjectPublished @ in scope': { query: `mutation($id: ID!) { setProjectPublished(id: $id, published: true) { id } }`, vars: (w) => ({ id: w.unpublishedProjectId }) },
  'AdoptionCase.decidedBy @ decided case': { query: `query($id: ID!) { adoptionCase(id: $id) { decidedBy } }`, vars: (w) => ({ id: w.caseId }), pick: (d) => d?.adoptionCase?.decidedBy },
  'AdoptionDecisionRecord.decidedBy @ decided case': {
    query: `query($id: ID!) { adoptionCase(id: $id) { decisions { decidedBy } } }`,
    vars: (w) => ({ id: w.caseId }),
    pick: (d) => d?.adoptionCase?.decisions?.[0]?.decidedBy,
  },
  'StatusReport.reportedBy @ published project': {
    query: `query($id: ID!) { project(id: $id) { statusReports { reportedBy } } }`,
    vars: (w) => ({ id: w.publishedProjectId }),
    pick: (d) => d?.project?.statusReports?.[0]?.reportedBy,
  },
  'StatusReport.comment @ internal report of a published project': {
    query: `query($id: ID!) { project(id: $id) { statusReports { public comment } } }`,
    vars: (w) => ({ id: w.publishedProjectId }),
    pick: (d) => d?.project?.statusReports?.find((r: any) => !r.public)?.comment,
  },
  'StatusReport.comment @ report marked public': {
    query: `query($id: ID!) { project(id: $id) { statusReports { public comment } } }`,
    vars: (w) => ({ id: w.publishedProjectId }),
    pick: (d) => d?.project?.statusReports?.find((r: any) => r.public)?.comment,
  },

  // consultation
  'Query.consultation @ open': { query: `query($id: ID!) { consultation(id: $id) { id status } }`, vars: (w) => ({ id: w.openConsultationId }) },
  'Query.consultation @ draft': { query: `query($id: ID!) { consultation(id: $id) { id status } }`, vars: (w) => ({ id: w.draftConsultationId }) },
  'Query.consultations @ listing': { query: `query($n: String) { consultations(networkId: $n) { totalCount } }`, vars: () => ({ n: NET_A }) },
  "Query.myResponses @ the caller's own": { query: `{ myResponses { id } }` },
  'Mutation.createConsultation @ subject of the own network': {
    query: `mutation($i: CreateConsultationInput!) { createConsultation(input: $i) { id } }`,
    vars: (w) => ({ i: { networkId: NET_A, subjectType: 'INITIATIVE', subjectId: w.initiativeId, title: 'Ny høring', audiences: ['CITIZENS'], questions: [{ kind: 'FREE_TEXT', prompt: 'Hva mener du?' }] } }),
  },
  'Mutation.updateConsultation @ draft': { query: `mutation($id: ID!) { updateConsultation(id: $id, input: { title: "Nytt navn" }) { id } }`, vars: (w) => ({ id: w.draftConsultationId }) },
  'Mutation.openConsultation @ draft': { query: `mutation($id: ID!) { openConsultation(id: $id) { id } }`, vars: (w) => ({ id: w.draftConsultationId }) },
  'Mutation.closeConsultation @ open': { query: `mutation($id: ID!) { closeConsultation(id: $id) { id } }`, vars: (w) => ({ id: w.openConsultationId }) },
  'Mutation.concludeConsultation @ closed': { query: `mutation($id: ID!) { concludeConsultation(id: $id) { id } }`, vars: (w) => ({ id: w.closedConsultationId }) },
  'Mutation.submitMunicipalityResponse @ open, for the own municipality': {
    query: `mutation($c: ID!, $i: MunicipalityResponseInput!) { submitMunicipalityResponse(consultationId: $c, input: $i) { id } }`,
    vars: (w) => ({ c: w.openConsultationId, i: { municipalityId: OWN_M, answers: answers(w) } }),
  },
  'Mutation.reviseMunicipalityResponse @ open, for the own municipality': {
    query: `mutation($c: ID!, $i: MunicipalityResponseInput!) { reviseMunicipalityResponse(consultationId: $c, input: $i) { id } }`,
    vars: (w) => ({ c: w.openConsultationId, i: { municipalityId: OWN_M, answers: answers(w) } }),
  },
  'Mutation.submitParticipantResponse @ open, anonymous answers allowed': {
    query: `mutation($c: ID!, $i: ParticipantResponseInput!) { submitParticipantResponse(consultationId: $c, input: $i) { id } }`,
    vars: (w) => ({ c: w.openConsultationId, i: { answers: answers(w) } }),
  },
  'Mutation.commentOnResponse @ open': { query: `mutation($r: ID!) { commentOnResponse(responseId: $r, body: "Enig") { id } }`, vars: (w) => ({ r: w.openResponseId }) },
  'Mutation.supportResponse @ open': { query: `mutation($r: ID!) { supportResponse(responseId: $r) { id } }`, vars: (w) => ({ r: w.openResponseId }) },
  'Mutation.hideResponse @ open': { query: `mutation($r: ID!) { hideResponse(responseId: $r, reason: "Usaklig") { id } }`, vars: (w) => ({ r: w.openResponseId }) },
  'Mutation.hideComment @ open': { query: `mutation($c: ID!) { hideComment(commentId: $c, reason: "Usaklig") { id } }`, vars: (w) => ({ c: w.commentId }) },
  'Mutation.setDisposition @ closed': {
    query: `mutation($r: ID!) { setDisposition(responseId: $r, input: { kind: NOTED, note: "Tatt til etterretning" }) { id } }`,
    vars: (w) => ({ r: w.closedResponseId }),
  },
  "Mutation.eraseParticipant @ another participant's data": { query: `mutation { eraseParticipant(participantSubject: "someone-else") }` },
  "Mutation.eraseParticipant @ the caller's own data": {
    query: `mutation($s: String!) { eraseParticipant(participantSubject: $s) }`,
    vars: (w, actor) => ({ s: w.subjects[actor] ?? 'anonymous' }),
  },
  'Consultation.responses @ open': {
    query: `query($id: ID!) { consultation(id: $id) { responses { totalCount } } }`,
    vars: (w) => ({ id: w.openConsultationId }),
    pick: (d) => d?.consultation?.responses,
  },
  'ConsultationResponse.respondent @ open': {
    query: `query($id: ID!) { consultation(id: $id) { responses { edges { node { respondent { subject } } } } } }`,
    vars: (w) => ({ id: w.openConsultationId }),
    pick: (d) => d?.consultation?.responses?.edges?.find((e: any) => e.node.respondent)?.node.respondent,
  },

  // benefits
  'Query.benefitProfile @ in scope': { query: `query($i: ID!) { benefitProfile(initiativeId: $i) { initiativeId } }`, vars: (w) => ({ i: w.initiativeId }) },
  "Query.benefitPlan @ project from the own network's initiative": { query: `query($p: ID!) { benefitPlan(projectId: $p) { id } }`, vars: (w) => ({ p: w.unpublishedProjectId }) },
  "Query.benefit @ project from the own network's initiative": { query: `query($id: ID!) { benefit(id: $id) { id } }`, vars: (w) => ({ id: w.benefitId }) },
  'Query.benefitFacts @ facts': { query: `{ benefitFacts(first: 10) { edges { cursor } } }` },
  'Query.benefitFactCount @ facts': { query: `{ benefitFactCount }` },
  'Query.benefitRollup @ facts': { query: `{ benefitRollup(by: MUNICIPALITY) { key } }` },
  'Mutation.addBenefit @ in scope': {
    query: `mutation($p: ID!) { addBenefit(planId: $p, input: { type: QUALITY, indicator: "ventetid", unit: "dager" }) { id } }`,
    vars: (w) => ({ p: w.planId }),
  },
  'Mutation.updateBenefit @ in scope': { query: `mutation($id: ID!) { updateBenefit(id: $id, input: { owner: "Kommunalsjef" }) { id } }`, vars: (w) => ({ id: w.benefitId }) },
  'Mutation.setBenefitBaseline @ in scope': { query: `mutation($id: ID!) { setBenefitBaseline(id: $id, value: "11", date: "2025-01-01") { id } }`, vars: (w) => ({ id: w.benefitId }) },
  'Mutation.changeBenefitTarget @ in scope': { query: `mutation($id: ID!) { changeBenefitTarget(id: $id, value: "5", date: "2027-01-01") { id } }`, vars: (w) => ({ id: w.benefitId }) },
  'Mutation.recordMeasurement @ in scope': {
    query: `mutation($id: ID!) { recordMeasurement(benefitId: $id, input: { measuredOn: "2025-07-01", value: "7" }) { id } }`,
    vars: (w) => ({ id: w.benefitId }),
  },
  'Mutation.correctMeasurement @ in scope': {
    query: `mutation($id: ID!) { correctMeasurement(measurementId: $id, input: { measuredOn: "2025-06-01", value: "8.5" }) { id } }`,
    vars: (w) => ({ id: w.measurementId }),
  },
  'BenefitMeasurement.recordedBy @ measurement': {
    query: `query($p: ID!) { project(id: $p) { benefitPlan { benefits { measurements { recordedBy } } } } }`,
    vars: (w) => ({ p: w.unpublishedProjectId }),
    pick: (d) => d?.project?.benefitPlan?.benefits?.flatMap((b: any) => b.measurements).find((x: any) => x)?.recordedBy,
  },
  'Project.benefitPlan @ unpublished project': {
    query: `query($p: ID!) { project(id: $p) { benefitPlan { id } } }`,
    vars: (w) => ({ p: w.unpublishedProjectId }),
    pick: (d) => d?.project?.benefitPlan,
  },
  'Project.benefitRealisation @ unpublished project': {
    query: `query($p: ID!) { project(id: $p) { benefitRealisation { gaps { benefitId } } } }`,
    vars: (w) => ({ p: w.unpublishedProjectId }),
    pick: (d) => d?.project?.benefitRealisation,
  },
  'Project.benefitRealisation @ published project': {
    query: `query($p: ID!) { project(id: $p) { benefitRealisation { lines { plannedGain } } } }`,
    vars: (w) => ({ p: w.publishedProjectId }),
    pick: (d) => d?.project?.benefitRealisation,
  },
  'Initiative.benefitRealisation @ launched initiative': {
    query: `query($id: ID!) { initiative(id: $id) { benefitRealisation { gaps { projectId } } } }`,
    vars: (w) => ({ id: w.initiativeId }),
    pick: (d) => d?.initiative?.benefitRealisation,
  },
  'Municipality.benefitRealisation @ member municipality': {
    query: `query($m: ID!) { municipality(id: $m) { benefitRealisation { gaps { projectId } } } }`,
    vars: () => ({ m: OWN_M }),
    pick: (d) => d?.municipality?.benefitRealisation,
  },
};
