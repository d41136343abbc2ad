/**
 * Which subgraph serves which BI export (/export/<name>.csv|.ndjson|.columns.json). The exports
 * themselves are defined in each service (src/export/exports.ts); `npm run bi:docs -- --check`
 * fails when one is missing here.
 */
export const BI_EXPORTS: Readonly<Record<string, string>> = {
  'tranche-cells': 'network-strategy',
  'adoption-decisions': 'portfolios',
  projects: 'portfolios',
  'status-reports': 'portfolios',
  'consultation-results': 'consultation',
  'consultation-dispositions': 'consultation',
  'benefit-facts': 'benefits',
};
