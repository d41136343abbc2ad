import { adoptionDecisionsExport } from './adoption-decisions.export';
import { projectsExport, statusReportsExport } from './projects.export';

/** The BI exports this service serves at /export/<name>.csv|.ndjson|.columns.json. */
export const PORTFOLIOS_EXPORTS = [adoptionDecisionsExport, projectsExport, statusReportsExport];
