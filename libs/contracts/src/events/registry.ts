import { z } from 'zod';
import * as ns from './network-strategy.events';
import * as pf from './portfolios.events';
import * as bf from './benefits.events';
import * as cs from './consultation.events';

/**
 * Every event type with the payload schema of each version we publish or accept.
 * A producer writes the latest version; a consumer validates against the version it received.
 */
export const EVENT_PAYLOAD_SCHEMAS = {
  NetworkCreated: { 1: ns.networkCreatedV1 },
  MunicipalityRegistered: { 1: ns.municipalityRegisteredV1 },
  MunicipalityUpdated: { 1: ns.municipalityUpdatedV1 },
  MunicipalityJoinedNetwork: { 1: ns.municipalityJoinedNetworkV1 },
  MunicipalityLeftNetwork: { 1: ns.municipalityLeftNetworkV1 },
  MembershipInvited: { 1: ns.membershipInvitedV1 },
  MembershipInvitationDeclined: { 1: ns.membershipInvitationDeclinedV1 },
  MembershipInvitationWithdrawn: { 1: ns.membershipInvitationWithdrawnV1 },
  StrategyCreated: { 1: ns.strategyCreatedV1 },
  StrategyStatusChanged: { 1: ns.strategyStatusChangedV1 },
  StrategyAdopted: { 1: ns.strategyAdoptedV1 },
  StrategyRevisionStatusChanged: { 1: ns.strategyRevisionStatusChangedV1 },
  StrategyChanged: { 1: ns.strategyChangedV1 },
  FocusAreaAdded: { 1: ns.focusAreaAddedV1 },
  FocusAreaChanged: { 1: ns.focusAreaChangedV1 },
  FocusAreaRetired: { 1: ns.focusAreaRetiredV1 },
  GoalAdded: { 1: ns.goalAddedV1 },
  GoalChanged: { 1: ns.goalChangedV1 },
  GoalRetired: { 1: ns.goalRetiredV1 },
  InitiativeProposed: { 1: ns.initiativeProposedV1 },
  InitiativeStatusChanged: { 1: ns.initiativeStatusChangedV1 },
  InitiativeLaunched: { 1: ns.initiativeLaunchedV1 },
  InitiativeChanged: { 1: ns.initiativeChangedV1 },
  InitiativeRetired: { 1: ns.initiativeRetiredV1 },
  StrategizingActivityRecorded: { 1: ns.strategizingActivityRecordedV1 },
  AdoptionCaseOpened: { 1: pf.adoptionCaseOpenedV1 },
  AdoptionDecided: { 1: pf.adoptionDecidedV1 },
  ProjectCreated: { 1: pf.projectCreatedV1 },
  ProjectPhaseChanged: { 1: pf.projectPhaseChangedV1 },
  StatusReported: { 1: pf.statusReportedV1 },
  ProjectPublished: { 1: pf.projectPublishedV1 },
  ProjectCancelled: { 1: pf.projectCancelledV1 },
  ProjectRenamed: { 1: pf.projectRenamedV1 },
  BenefitPlanCreated: { 1: bf.benefitPlanCreatedV1 },
  BenefitMeasured: { 1: bf.benefitMeasuredV1 },
  BenefitTargetChanged: { 1: bf.benefitTargetChangedV1 },
  BenefitPlanClosed: { 1: bf.benefitPlanClosedV1 },
  BenefitRealisationChanged: { 1: bf.benefitRealisationChangedV1 },
  ConsultationOpened: { 1: cs.consultationOpenedV1 },
  ResponseSubmitted: { 1: cs.responseSubmittedV1 },
  ConsultationClosed: { 1: cs.consultationClosedV1 },
  ConsultationConcluded: { 1: cs.consultationConcludedV1 },
} as const satisfies Record<string, Record<number, z.ZodType>>;

export type EventType = keyof typeof EVENT_PAYLOAD_SCHEMAS;

type Versions<T extends EventType> = (typeof EVENT_PAYLOAD_SCHEMAS)[T];
type LatestVersionKey<T extends EventType> = Extract<keyof Versions<T>, number>;

/** The payload type of the latest version of an event. */
export type EventPayload<T extends EventType> = z.infer<Versions<T>[LatestVersionKey<T>] & z.ZodType>;

export function latestVersion(type: EventType): number {
  return Math.max(...Object.keys(EVENT_PAYLOAD_SCHEMAS[type]).map(Number));
}

export function isKnownEventType(type: string): type is EventType {
  return Object.prototype.hasOwnProperty.call(EVENT_PAYLOAD_SCHEMAS, type);
}

export function payloadSchema(type: EventType, version: number): z.ZodType | undefined {
  return (EVENT_PAYLOAD_SCHEMAS[type] as Record<number, z.ZodType>)[version];
}
