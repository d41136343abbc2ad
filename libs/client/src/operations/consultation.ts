import { graphql } from '../generated';

export const ConsultationListQuery = graphql(`
  query ConsultationList($networkId: String!) {
    consultations(networkId: $networkId, first: 100) {
      edges {
        node {
          id
          title
          status
          subjectType
          opensAt
          closesAt
          allowAnonymous
        }
      }
    }
  }
`);

export const MyResponsesQuery = graphql(`
  query MyResponses {
    myResponses {
      id
      consultationId
      submittedAt
      consultation {
        id
        title
      }
      disposition {
        kind
        note
        link
        decidedAt
      }
    }
  }
`);

export const ConsultationPageQuery = graphql(`
  query ConsultationPage($id: ID!) {
    consultation(id: $id) {
      id
      networkId
      title
      description
      status
      allowAnonymous
      audiences
      opensAt
      closesAt
      questions {
        id
        kind
        prompt
        maxLength
        min
        max
        options
      }
    }
  }
`);

export const ConsultationResultsQuery = graphql(`
  query ConsultationResults($id: ID!) {
    consultation(id: $id) {
      id
      results {
        responseCount
        questions {
          questionId
          kind
          prompt
          answerCount
          mean
          distribution {
            value
            count
          }
          ranking {
            option
            score
            position
          }
        }
      }
    }
  }
`);

export const ConsultationResponsesQuery = graphql(`
  query ConsultationResponses($id: ID!) {
    consultation(id: $id) {
      id
      responses(first: 100) {
        totalCount
        edges {
          node {
            id
            respondentKind
            anonymous
            submittedAt
            municipality {
              id
              name
            }
            answers {
              questionId
              text
              scale
              ranking
            }
            disposition {
              kind
              note
            }
          }
        }
      }
    }
  }
`);

export const SubmitParticipantResponseMutation = graphql(`
  mutation SubmitParticipantResponse($consultationId: ID!, $input: ParticipantResponseInput!) {
    submitParticipantResponse(consultationId: $consultationId, input: $input) {
      id
    }
  }
`);

export const SetDispositionMutation = graphql(`
  mutation SetDisposition($responseId: ID!, $input: ConsultationDispositionInput!) {
    setDisposition(responseId: $responseId, input: $input) {
      id
      disposition {
        kind
        note
      }
    }
  }
`);

export const ConcludeConsultationMutation = graphql(`
  mutation ConcludeConsultation($id: ID!) {
    concludeConsultation(id: $id) {
      id
      status
    }
  }
`);

export const CloseConsultationMutation = graphql(`
  mutation CloseConsultation($id: ID!) {
    closeConsultation(id: $id) {
      id
      status
    }
  }
`);
