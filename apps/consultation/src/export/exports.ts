import { consultationDispositionsExport } from './consultation-dispositions.export';
import { consultationResultsExport } from './consultation-results.export';

/** The BI exports this service serves at /export/<name>.csv|.ndjson|.columns.json. */
export const CONSULTATION_EXPORTS = [consultationResultsExport, consultationDispositionsExport];
