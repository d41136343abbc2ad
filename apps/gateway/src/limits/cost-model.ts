import type { CostLimitsConfig } from './limits.config';
import { ASSUMED_LIST_SIZES } from './list-sizes';
import { CostModel, EXPENSIVE_FIELDS } from './query-cost';

/** The gateway's cost model: configured default list size, the domain's assumed list sizes, expensive fields. */
export const costModel = (config: Pick<CostLimitsConfig, 'COST_DEFAULT_LIST_SIZE'>): CostModel => ({
  defaultListSize: config.COST_DEFAULT_LIST_SIZE,
  listSizes: ASSUMED_LIST_SIZES,
  fieldCosts: EXPENSIVE_FIELDS,
});
