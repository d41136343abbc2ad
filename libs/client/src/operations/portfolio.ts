import { graphql } from '../generated';

export const MunicipalityPageQuery = graphql(`
  query MunicipalityPage($id: ID!) {
    municipality(id: $id) {
      id
      name
      county
      population
      adoptionCases {
        ...AdoptionCaseFields
      }
      projects {
        id
        name
        phase
        serviceArea
        published
        initiative {
          id
          title
        }
        latestStatus {
          id
          overall
          reportedAt
        }
      }
    }
  }
`);

export const MunicipalityBenefitsQuery = graphql(`
  query MunicipalityBenefits($id: ID!) {
    municipality(id: $id) {
      id
      benefitRealisation {
        lines {
          type
          unit
          benefitCount
          measuredCount
          plannedGain
          realisedGain
          achievement
        }
        gaps {
          benefitId
          projectId
          indicator
          missingBaseline
          missingTarget
          missingMeasurements
        }
      }
    }
  }
`);

export const ProjectPageQuery = graphql(`
  query ProjectPage($id: ID!) {
    project(id: $id) {
      id
      name
      description
      phase
      serviceArea
      budget
      costToDate
      owner
      published
      municipalityId
      municipality {
        id
        name
      }
      initiative {
        id
        title
      }
      statusReports {
        id
        overall
        schedule
        budget
        quality
        risk
        comment
        public
        reportedAt
      }
    }
  }
`);

export const ProjectBenefitsQuery = graphql(`
  query ProjectBenefits($projectId: ID!) {
    benefitPlan(projectId: $projectId) {
      id
      benefits {
        id
        type
        indicator
        unit
        isDisbenefit
        baselineValue
        baselineDate
        targetValue
        targetDate
        latestValue
        achievement
        measurements {
          id
          measuredOn
          value
          source
        }
      }
    }
  }
`);

export const RecordMeasurementMutation = graphql(`
  mutation RecordMeasurement($benefitId: ID!, $input: MeasurementInput!) {
    recordMeasurement(benefitId: $benefitId, input: $input) {
      id
      measuredOn
      value
    }
  }
`);
