import { graphql } from '../generated';

/**
 * The portal embeds' operations (apps/embed). Registered as trusted documents at build time
 * (`npm run embed:documents` prints these into apps/embed/trusted-documents.json), so the
 * gateway runs them by id with GET and caches them publicly. Public fields only: no employee
 * identifiers, no status comments: only a report's public summary (`publicSummary`, null unless
 * the reporter marked the report public). `__typename` and `id` on every entity let the gateway tag a
 * cached response with the entities it shows, for event-driven invalidation.
 */
export const EmbedPortfolioQuery = graphql(`
  query EmbedPortfolio($municipality: ID!) {
    municipality(id: $municipality) {
      __typename
      id
      name
      projects {
        __typename
        id
        name
        serviceArea
        phase
        latestStatus {
          overall
          reportedAt
          publicSummary
        }
        initiative {
          __typename
          id
          title
        }
      }
    }
  }
`);

export const EmbedBenefitsQuery = graphql(`
  query EmbedBenefits($municipality: ID!) {
    municipality(id: $municipality) {
      __typename
      id
      name
      projects {
        __typename
        id
        name
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
        }
      }
    }
  }
`);

export const EmbedInitiativeQuery = graphql(`
  query EmbedInitiative($initiative: ID!) {
    initiative(id: $initiative) {
      __typename
      id
      title
      status
      launchedAt
      adoptionRate {
        targeted
        decided
        adopt
        adapt
        decline
        defer
        open
      }
      adoptionCases {
        __typename
        id
        status
        decidedAt
        municipality {
          __typename
          id
          name
        }
        project {
          __typename
          id
          phase
        }
      }
    }
  }
`);
