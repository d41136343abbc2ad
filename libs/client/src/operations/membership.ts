import { graphql } from '../generated';

/** Invitations a municipality has not answered yet (its editors only). */
export const PendingNetworkInvitationsQuery = graphql(`
  query PendingNetworkInvitations($municipalityId: String!) {
    networkInvitations(municipalityId: $municipalityId, status: PENDING) {
      id
      message
      invitedAt
      joinedOn
      network {
        id
        name
      }
    }
  }
`);

export const AcceptNetworkInvitationMutation = graphql(`
  mutation AcceptNetworkInvitation($id: ID!) {
    acceptNetworkInvitation(id: $id) {
      id
      networkId
      joinedOn
    }
  }
`);

export const DeclineNetworkInvitationMutation = graphql(`
  mutation DeclineNetworkInvitation($id: ID!) {
    declineNetworkInvitation(id: $id) {
      id
      status
    }
  }
`);
