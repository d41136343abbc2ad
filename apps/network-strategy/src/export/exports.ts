import { trancheCellsExport } from './tranche-cells.export';

/** The BI exports this service serves at /export/<name>.csv|.ndjson|.columns.json. */
export const NETWORK_STRATEGY_EXPORTS = [trancheCellsExport];
