import { TOPICS } from '@samspill/contracts';
import { defineOutbox } from '@samspill/server-events';

export const OUTBOX = defineOutbox('network-strategy', TOPICS.networkStrategy);
export const { publish } = OUTBOX;
