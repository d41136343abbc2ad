import { graphql } from '../generated';

export const AdoptionCaseFields = graphql(`
  fragment AdoptionCaseFields on AdoptionCase {
    id
    initiativeId
    municipalityId
    initiativeTitle
    status
    decision
    rationale
    decidingBody
    caseNumber
    decidedAt
    openedAt
    municipality {
      id
      name
    }
    initiative {
      id
      launchedAt
    }
    decisions {
      id
      decision
      rationale
      decidingBody
      caseNumber
      reconsideration
      reason
      decidedAt
    }
    project {
      id
      name
      phase
    }
  }
`);

export const AdoptionCaseForCellQuery = graphql(`
  query AdoptionCaseForCell($initiativeId: ID!, $municipalityId: String!) {
    adoptionCases(initiativeId: $initiativeId, municipalityId: $municipalityId, first: 1) {
      edges {
        node {
          ...AdoptionCaseFields
        }
      }
    }
  }
`);

export const DecideAdoptionMutation = graphql(`
  mutation DecideAdoption($caseId: ID!, $input: DecideAdoptionInput!) {
    decideAdoption(caseId: $caseId, input: $input) {
      ...AdoptionCaseFields
    }
  }
`);

export const ReconsiderAdoptionMutation = graphql(`
  mutation ReconsiderAdoption($caseId: ID!, $input: ReconsiderAdoptionInput!) {
    reconsiderAdoption(caseId: $caseId, input: $input) {
      ...AdoptionCaseFields
    }
  }
`);
