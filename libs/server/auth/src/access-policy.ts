/**
 * The declared access policy (issue 11): every query and mutation of the composed API, and every
 * entity field that carries non-public data, with the callers allowed to use it, relative to the
 * target's scope. The authorization-matrix test (e2e/test/authorization-matrix.int.spec.ts) is
 * generated from this table and tries every cell through the gateway against the real services;
 * a test fails when the composed schema has an operation without a row here.
 *
 * The services enforce the rules (resolver declarations plus scope checks on the target); this
 * table is what they are held to. Keep it in step when adding an operation.
 */

/**
 * A caller, relative to the target of the call. "own" means the target belongs to the caller's
 * network or municipality; "other" means another network, or another municipality of the same
 * network.
 */
export const ACTORS = [
  'anonymous',
  'participant',
  'analyst',
  'platform-admin',
  'network-admin:own',
  'network-admin:other',
  'municipality-editor:own',
  'municipality-editor:other',
] as const;
export type Actor = (typeof ACTORS)[number];

export const EVERYONE: readonly Actor[] = ACTORS;
export const SIGNED_IN: readonly Actor[] = ACTORS.filter((a) => a !== 'anonymous');
const NA: Actor = 'network-admin:own';
const EO: Actor = 'municipality-editor:own';
const AN: Actor = 'analyst';
const PA: Actor = 'platform-admin';
/** Every role that reads benefit facts; each sees its own scope, filtered (never another's rows). */
const FACT_READERS: readonly Actor[] = [AN, NA, 'network-admin:other', EO, 'municipality-editor:other'];

export interface PolicyRow {
  /** `Query.x`, `Mutation.x` or `Type.field`. */
  operation: string;
  /** The target's state, where it changes the rule (published/unpublished, draft/adopted, open/closed…). */
  target: string;
  /** Who may; every other actor is refused (FORBIDDEN, NOT_FOUND or UNAUTHENTICATED; for a field, null). */
  allow: readonly Actor[];
  /** Why, where it is not obvious. */
  note?: string;
}

const row = (operation: string, allow: readonly Actor[], target = 'in scope', note?: string): PolicyRow => ({ operation, target, allow, note });

export const ACCESS_POLICY: readonly PolicyRow[] = [
  // network-strategy (T1): public reads, network admins write their own network.
  row('Query.network', EVERYONE),
  row('Query.networks', EVERYONE),
  row('Query.municipality', EVERYONE),
  row('Query.municipalities', EVERYONE),
  row('Query.strategy', EVERYONE, 'adopted, while a revision is drafted', 'the adopted version stays public and current while its revision is drafted (issue 10)'),
  row('Query.strategy', [NA, AN], 'draft', 'drafts are NOT_FOUND to everyone else'),
  row('Query.strategies', EVERYONE, 'listing', 'drafts are filtered out for callers who may not see them'),
  row('Query.strategyVersion', EVERYONE, 'adopted'),
  row('Query.compareStrategyVersions', EVERYONE, 'adopted'),
  row('Query.initiative', EVERYONE),
  row('Query.initiatives', EVERYONE),
  row('Query.strategizingActivities', EVERYONE),
  row('Query.trancheMatrix', [NA, AN]),
  row('Query.trancheLeadTimes', [NA, AN]),
  row('Mutation.createNetwork', [NA], 'the network the admin is granted'),
  row('Mutation.registerMunicipality', [PA], 'master data'),
  row('Mutation.updateMunicipality', [PA], 'master data', 'the population drives per-capita targets in every network'),
  row('Mutation.addMunicipalityToNetwork', [], 'deprecated', "membership needs the municipality's consent: refused for everyone (issue 11)"),
  row('Query.networkInvitations', [NA], "the own network's invitations"),
  row('Query.networkInvitations', [EO], "the own municipality's invitations"),
  row('Mutation.inviteMunicipalityToNetwork', [NA], 'to the own network'),
  row('Mutation.withdrawNetworkInvitation', [NA], "the own network's pending invitation"),
  row('Mutation.acceptNetworkInvitation', [EO], 'pending invitation to the own municipality', 'only the municipality consents; the inviting admin cannot'),
  row('Mutation.declineNetworkInvitation', [EO], 'pending invitation to the own municipality'),
  row('Mutation.removeMunicipalityFromNetwork', [NA], 'membership in the own network', 'the network revokes'),
  row('Mutation.leaveNetwork', [EO], 'membership of the own municipality', 'the municipality withdraws its consent'),
  row('Mutation.createStrategy', [NA]),
  row('Mutation.updateStrategy', [NA], 'draft'),
  row('Mutation.startStrategyConsultation', [NA], 'draft'),
  row('Mutation.returnStrategyToDraft', [NA], 'adopted', 'opens a revision; the adopted version stays in force'),
  row('Mutation.adoptStrategy', [NA], 'draft'),
  row('Mutation.addFocusArea', [NA], 'draft'),
  row('Mutation.updateFocusArea', [NA], 'draft'),
  row('Mutation.retireFocusArea', [NA], 'draft', 'with a reason; from an adopted version it leaves with the next one'),
  row('Mutation.addGoal', [NA], 'draft'),
  row('Mutation.updateGoal', [NA], 'draft'),
  row('Mutation.retireGoal', [NA], 'adopted, while a revision is drafted', 'waits in the revision until it is adopted'),
  row('Mutation.proposeInitiative', [NA]),
  row('Mutation.approveInitiative', [NA]),
  row('Mutation.launchInitiative', [NA]),
  row('Mutation.closeInitiative', [NA]),
  row('Mutation.updateInitiative', [NA], 'adopted, while a revision is drafted'),
  row('Mutation.retireInitiative', [NA], 'adopted, while a revision is drafted'),
  row('Mutation.recordStrategizingActivity', [NA]),
  row('Initiative.goal', [NA, AN], 'goal of a draft strategy', 'draft content must not leak through initiative → goal → focusArea'),
  row('Goal.focusArea', [NA, AN], 'goal of a draft strategy'),
  row('Strategy.revision', [NA, AN], 'adopted, while a revision is drafted', 'the draft of the next version is internal to the network until adopted'),

  // portfolios (T2/T3): public reads of published data, editors write their own municipality.
  row('Query.adoptionCase', EVERYONE),
  row('Query.adoptionCases', EVERYONE),
  row('Query.project', EVERYONE, 'published'),
  row('Query.project', [EO, NA, AN], 'unpublished', 'NOT_FOUND to everyone else; NA: admin of a network the municipality is a member of'),
  row('Query.projects', EVERYONE, 'listing', 'unpublished projects are filtered out for callers who may not see them'),
  row('Query.portfolio', EVERYONE),
  row('Mutation.decideAdoption', [EO]),
  row('Mutation.reconsiderAdoption', [EO]),
  row('Mutation.createProject', [EO]),
  row('Mutation.updateProject', [EO]),
  row('Mutation.changeProjectPhase', [EO]),
  row('Mutation.reportProjectStatus', [EO]),
  row('Mutation.setProjectPublished', [EO]),
  row('AdoptionCase.decidedBy', [EO, NA], 'decided case', "an employee's identity: never public, not for analysts"),
  row('AdoptionDecisionRecord.decidedBy', [EO, NA], 'decided case'),
  row('StatusReport.reportedBy', [EO, NA], 'published project'),
  row('StatusReport.comment', [EO, NA, AN], 'internal report of a published project'),
  row('StatusReport.comment', EVERYONE, 'report marked public'),

  // consultation (T2): open rounds are answered, results are public once closed.
  row('Query.consultation', EVERYONE, 'open'),
  row('Query.consultation', [NA], 'draft'),
  row('Query.consultations', EVERYONE, 'listing', 'drafts only for their network\'s admins'),
  row('Query.myResponses', ['participant'], 'the caller\'s own'),
  row('Mutation.createConsultation', [NA], 'subject of the own network'),
  row('Mutation.updateConsultation', [NA], 'draft'),
  row('Mutation.openConsultation', [NA], 'draft'),
  row('Mutation.closeConsultation', [NA], 'open'),
  row('Mutation.concludeConsultation', [NA], 'closed'),
  row('Mutation.submitMunicipalityResponse', [EO], 'open, for the own municipality'),
  row('Mutation.reviseMunicipalityResponse', [EO], 'open, for the own municipality'),
  row('Mutation.submitParticipantResponse', ['anonymous', 'participant'], 'open, anonymous answers allowed'),
  row('Mutation.commentOnResponse', SIGNED_IN, 'open'),
  row('Mutation.supportResponse', SIGNED_IN, 'open'),
  row('Mutation.hideResponse', [NA], 'open'),
  row('Mutation.hideComment', [NA], 'open'),
  row('Mutation.setDisposition', [NA], 'closed'),
  row('Mutation.eraseParticipant', [PA], "another participant's data", 'the data controller (platform operator)'),
  row('Mutation.eraseParticipant', SIGNED_IN, "the caller's own data", 'the data subject themself (a no-op for who never answered)'),
  row('Consultation.responses', [NA], 'open', 'raw answers are hidden until the round closes, like the results'),
  row('ConsultationResponse.respondent', [NA], 'open', 'personal data: moderators only'),

  // benefits (T3): in scope only; facts are filtered per caller.
  row('Query.benefitProfile', EVERYONE),
  row('Query.benefitPlan', [EO, NA, AN], 'project from the own network\'s initiative', 'NOT_FOUND to everyone else'),
  row('Query.benefit', [EO, NA, AN], 'project from the own network\'s initiative'),
  row('Query.benefitFacts', FACT_READERS, 'facts', 'each role sees its own scope'),
  row('Query.benefitFactCount', FACT_READERS, 'facts', 'each role counts its own scope'),
  row('Query.benefitRollup', FACT_READERS, 'facts', 'each role rolls up its own scope'),
  row('Mutation.addBenefit', [EO]),
  row('Mutation.updateBenefit', [EO]),
  row('Mutation.setBenefitBaseline', [EO]),
  row('Mutation.changeBenefitTarget', [EO]),
  row('Mutation.recordMeasurement', [EO]),
  row('Mutation.correctMeasurement', [EO]),
  row('BenefitMeasurement.recordedBy', [EO, NA], 'measurement', "an employee's identity: not for analysts"),
  row('Project.benefitPlan', [EO, NA, AN], 'unpublished project'),
  row('Project.benefitRealisation', [EO, NA, AN], 'unpublished project'),
  row('Project.benefitRealisation', EVERYONE, 'published project', 'public for portal embeds (issue 13)'),
  row('Initiative.benefitRealisation', [NA, AN], 'launched initiative', 'spans municipalities, gaps reveal unpublished projects'),
  row('Municipality.benefitRealisation', [EO, AN], 'member municipality'),
];

/** Operations (`Query.x` / `Mutation.x`) the policy covers. */
export function policyOperations(): Set<string> {
  return new Set(ACCESS_POLICY.map((r) => r.operation).filter((op) => op.startsWith('Query.') || op.startsWith('Mutation.')));
}
