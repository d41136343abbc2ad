import { graphql } from '../generated';

export const BenefitRollupQuery = graphql(`
  query BenefitRollup($by: BenefitRollupDimension!, $filter: BenefitFactFilter) {
    benefitRollup(by: $by, grain: QUARTER, filter: $filter) {
      key
      label
      periodStart
      type
      unit
      benefitCount
      measuredCount
      plannedGain
      realisedGain
      achievement
    }
  }
`);
