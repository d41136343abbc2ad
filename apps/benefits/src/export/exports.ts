import { benefitFactsExport } from './benefit-facts.export';

/** The BI exports this service serves at /export/<name>.csv|.ndjson|.columns.json. */
export const BENEFITS_EXPORTS = [benefitFactsExport];
