/** How lead times are grouped: one row per initiative or per municipality. */
export enum LeadTimeGrouping {
  INITIATIVE = 'INITIATIVE',
  MUNICIPALITY = 'MUNICIPALITY',
}
