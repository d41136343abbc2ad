import { TOPICS } from '@samspill/contracts';
import { defineOutbox } from '@samspill/server-events';

export const OUTBOX = defineOutbox('benefits', TOPICS.benefits);
export const { publish } = OUTBOX;
