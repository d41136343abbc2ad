import { graphql } from '../generated';

export const NetworkOverviewQuery = graphql(`
  query NetworkOverview($networkId: ID!) {
    network(id: $networkId) {
      id
      name
      region
      description
      members {
        id
        joinedOn
        municipality {
          id
          name
          population
        }
      }
      strategies {
        id
        title
        status
        vision
        periodStart
        periodEnd
        currentVersion
        focusAreas {
          id
          title
          goals {
            id
            title
            indicator
            unit
            targetValue
            targetYear
            initiatives {
              id
              title
              status
              launchedAt
            }
          }
        }
        versions {
          id
          versionNumber
          adoptedAt
          decisionReference
        }
      }
    }
  }
`);

export const CompareStrategyVersionsQuery = graphql(`
  query CompareStrategyVersions($strategyId: ID!, $fromVersion: Int!, $toVersion: Int!) {
    compareStrategyVersions(strategyId: $strategyId, fromVersion: $fromVersion, toVersion: $toVersion) {
      change
      entity
      entityId
      title
      field
      before
      after
      reason
    }
  }
`);

export const StrategizingActivitiesQuery = graphql(`
  query StrategizingActivities($networkId: String!, $after: String) {
    strategizingActivities(networkId: $networkId, first: 100, after: $after) {
      totalCount
      edges {
        node {
          id
          kind
          tranche
          title
          occurredOn
          participants
          outcome
          decidingBody
          caseNumber
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
