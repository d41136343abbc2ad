/**
 * Assumed lengths of lists that take no `first` (the IBM cost specification's
 * `@listSize(assumedSize:)`, kept here instead of in the subgraphs' schemas). They follow the
 * domain: a network has a few strategy versions, each some focus areas with a handful of goals
 * and initiatives, but up to ~50 members (Norway has 357 municipalities; the largest networks
 * have about 40), and an initiative one adoption case per target member. Lists not named here
 * count as the configured default (COST_DEFAULT_LIST_SIZE).
 */
export const ASSUMED_LIST_SIZES: Readonly<Record<string, number>> = {
  // The strategy hierarchy, small at every level but nested four deep.
  'Network.strategies': 5,
  'Strategy.focusAreas': 10,
  'Strategy.versions': 10,
  'Strategy.consultationRounds': 5,
  'Strategy.consultations': 5,
  'FocusArea.goals': 5,
  'Goal.initiatives': 5,
  'Initiative.consultations': 5,
  'Project.consultations': 5,
  'AdoptionCase.decisions': 5,
  'Municipality.memberships': 5,
  'Portfolio.memberships': 5,
  'ConsultationResults.byAudience': 5,
  'ConsultationResults.byRespondentKind': 5,
  // One per member municipality.
  'Network.members': 50,
  'Initiative.targetMunicipalities': 50,
  'Initiative.adoptionCases': 50,
  'Municipality.adoptionCases': 50,
  'Municipality.projects': 50,
  'Portfolio.projects': 50,
  'Portfolio.adoptionCases': 50,
  'Query.trancheLeadTimes': 50,
  'Query.compareStrategyVersions': 50,
  // Whole read models: initiatives × members, or one row per group.
  'Query.trancheMatrix': 1000,
  'Query.benefitRollup': 400,
};
