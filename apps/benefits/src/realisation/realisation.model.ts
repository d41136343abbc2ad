/** How realisation is rolled up: by which dimension, over which period. */
export enum BenefitRollupDimension {
  PROJECT = 'PROJECT',
  MUNICIPALITY = 'MUNICIPALITY',
  INITIATIVE = 'INITIATIVE',
  GOAL = 'GOAL',
  FOCUS_AREA = 'FOCUS_AREA',
  NETWORK = 'NETWORK',
}

export enum BenefitPeriodGrain {
  MONTH = 'month',
  QUARTER = 'quarter',
  YEAR = 'year',
}
