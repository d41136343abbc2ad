import type { TransitionTable } from '@samspill/server-graphql';
import { ProjectPhase } from './project.entity';

/**
 * Prosjektveiviseren's phases, one step forward at a time; any open project can be closed
 * (finished or cancelled). No skipping, no going back.
 */
export const PROJECT_TRANSITIONS: TransitionTable<ProjectPhase> = {
  [ProjectPhase.IDEA]: [ProjectPhase.CONCEPT, ProjectPhase.CLOSED],
  [ProjectPhase.CONCEPT]: [ProjectPhase.PLANNING, ProjectPhase.CLOSED],
  [ProjectPhase.PLANNING]: [ProjectPhase.EXECUTION, ProjectPhase.CLOSED],
  [ProjectPhase.EXECUTION]: [ProjectPhase.REALISATION, ProjectPhase.CLOSED],
  [ProjectPhase.REALISATION]: [ProjectPhase.CLOSED],
  [ProjectPhase.CLOSED]: [],
};

/** A closed project is a record: it takes no more edits or status reports. */
export const isOpen = (phase: ProjectPhase) => phase !== ProjectPhase.CLOSED;
