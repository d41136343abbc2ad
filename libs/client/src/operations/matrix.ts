import { graphql } from '../generated';

/** The launched initiatives with their focus area: rows and filters of the matrix. */
export const MatrixFrameQuery = graphql(`
  query MatrixFrame($networkId: ID!) {
    network(id: $networkId) {
      id
      members {
        id
        municipality {
          id
          name
        }
      }
      strategies {
        id
        status
        focusAreas {
          id
          title
          goals {
            id
            initiatives {
              id
              title
              status
              launchedAt
            }
          }
        }
      }
    }
  }
`);

/** The full read model (network admins and analysts). */
export const TrancheMatrixQuery = graphql(`
  query TrancheMatrix($networkId: String!) {
    trancheMatrix(networkId: $networkId) {
      initiativeId
      municipalityId
      stage
      decision
      launchedAt
      decidedAt
      stageChangedAt
      daysInStage
      projectId
    }
  }
`);

/** Public adoption decisions per initiative: the matrix for everyone else. */
export const PublicMatrixQuery = graphql(`
  query PublicMatrix($networkId: String!) {
    initiatives(networkId: $networkId, status: LAUNCHED, first: 100) {
      edges {
        node {
          id
          launchedAt
          adoptionCases {
            id
            municipalityId
            status
            decision
            decidedAt
            openedAt
            project {
              id
              phase
              updatedAt
            }
          }
        }
      }
    }
  }
`);
