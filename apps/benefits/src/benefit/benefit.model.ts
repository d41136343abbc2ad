/** The benefit's enums, shared by the SQL, the inputs, the GraphQL types and the export. */
export enum BenefitKind {
  EFFICIENCY = 'EFFICIENCY',
  QUALITY = 'QUALITY',
  OTHER_ACTORS = 'OTHER_ACTORS',
}

export enum BenefitRealisationMethod {
  BUDGET_REDUCTION = 'BUDGET_REDUCTION',
  FREED_CAPACITY = 'FREED_CAPACITY',
}

export enum BenefitDirection {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}
