import { TOPICS } from '@samspill/contracts';
import { defineOutbox } from '@samspill/server-events';

export const OUTBOX = defineOutbox('consultation', TOPICS.consultation);
export const { publish } = OUTBOX;
