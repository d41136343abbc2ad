import { TOPICS } from '@samspill/contracts';
import { defineOutbox } from '@samspill/server-events';

export const OUTBOX = defineOutbox('portfolios', TOPICS.portfolios);
export const { publish } = OUTBOX;
