import type { EventEnvelope } from '@samspill/contracts';

type Data = Record<string, unknown>;
const tag = (type: string, id: unknown) => (typeof id === 'string' && id !== '' ? [`${type}:${id}`] : []);

/**
 * Which cached public responses an event can change, as entity tags. Explicit per event type,
 * so that a status report drops the entries that show that project and nothing else; a
 * change to a list (a project published or unpublished) drops the entries of its
 * municipality, because the list itself changed and the project may not be in it yet.
 * Types without a row fall back to every id in the payload that a public view could show.
 */
const RULES: Record<string, (d: Data, subject: string) => string[]> = {
  ProjectPublished: (d) => [...tag('Project', d.projectId), ...tag('Municipality', d.municipalityId)],
  ProjectPhaseChanged: (d) => [...tag('Project', d.projectId), ...tag('Initiative', d.initiativeId)],
  StatusReported: (d) => tag('Project', d.projectId),
  // Unpublished until published: nothing public shows a new project.
  ProjectCreated: () => [],
  AdoptionCaseOpened: (d) => tag('Initiative', d.initiativeId),
  AdoptionDecided: (d) => tag('Initiative', d.initiativeId),
  BenefitPlanCreated: (d) => tag('Project', d.projectId),
  BenefitMeasured: (d) => tag('Project', d.projectId),
  BenefitTargetChanged: (d) => tag('Project', d.projectId),
  MunicipalityUpdated: (d, subject) => tag('Municipality', d.municipalityId ?? d.id ?? subject),
  InitiativeStatusChanged: (d, subject) => tag('Initiative', d.initiativeId ?? subject),
  InitiativeLaunched: (d, subject) => tag('Initiative', d.initiativeId ?? subject),
  // A strategy revision renamed or retired it (issue 10): the initiative embed shows its title.
  InitiativeChanged: (d, subject) => tag('Initiative', d.initiativeId ?? subject),
  InitiativeRetired: (d, subject) => tag('Initiative', d.initiativeId ?? subject),
};

/** Events that never change what a public view shows. */
const IRRELEVANT = new Set([
  'NetworkCreated',
  'MunicipalityRegistered',
  'StrategyCreated',
  'StrategyStatusChanged',
  'StrategyAdopted',
  'StrategyRevisionStatusChanged',
  'StrategyChanged',
  'FocusAreaAdded',
  'FocusAreaChanged',
  'FocusAreaRetired',
  'GoalAdded',
  'GoalChanged',
  'GoalRetired',
  'InitiativeProposed',
  'StrategizingActivityRecorded',
  'MunicipalityJoinedNetwork',
  'MunicipalityLeftNetwork',
  // An invitation shares nothing until accepted (issue 11).
  'MembershipInvited',
  'MembershipInvitationDeclined',
  'MembershipInvitationWithdrawn',
  'ConsultationOpened',
  'ResponseSubmitted',
  'ConsultationClosed',
  'ConsultationConcluded',
]);

export function tagsAffectedBy(event: Pick<EventEnvelope, 'type' | 'subject' | 'data'>): string[] {
  const data = (event.data ?? {}) as Data;
  const rule = RULES[event.type];
  if (rule) return rule(data, event.subject);
  if (IRRELEVANT.has(event.type)) return [];
  return [...tag('Project', data.projectId), ...tag('Municipality', data.municipalityId), ...tag('Initiative', data.initiativeId)];
}
