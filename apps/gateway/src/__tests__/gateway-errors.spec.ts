import { GraphQLError } from 'graphql';
import { formatGatewayError } from '../gateway-errors';

const format = (error: GraphQLError) => {
  const internal: unknown[] = [];
  const formatted = formatGatewayError(error.toJSON(), error, (e) => internal.push(e));
  return { formatted, internal };
};

describe('formatGatewayError', () => {
  it("keeps a subgraph's coded error and its details, without the subgraph's name", () => {
    const error = new GraphQLError('Network nope does not exist', {
      path: ['network'],
      extensions: { code: 'NOT_FOUND', entity: 'Network', id: 'nope', serviceName: 'network-strategy' },
    });
    const { formatted, internal } = format(error);
    expect(formatted).toEqual({ message: 'Network nope does not exist', path: ['network'], extensions: { code: 'NOT_FOUND', entity: 'Network', id: 'nope' } });
    expect(internal).toEqual([]);
  });

  it('hides a failed subgraph call (URL, status, body) behind INTERNAL_SERVER_ERROR', () => {
    const error = new GraphQLError('401: Unauthorized', {
      extensions: { code: 'UNAUTHENTICATED', response: { url: 'http://10.0.0.7:4001/graphql', status: 401, body: {} } },
    });
    const { formatted, internal } = format(error);
    expect(formatted).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(internal).toEqual([error]);
  });

  it('treats an uncoded subgraph error as internal', () => {
    const error = new GraphQLError('Cannot query field "x" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', serviceName: 'network-strategy' } });
    expect(format(error).formatted).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it("passes the gateway's own request errors through", () => {
    const error = new GraphQLError('the bearer token is invalid or expired', { extensions: { code: 'UNAUTHENTICATED' } });
    expect(format(error).formatted).toEqual({ message: 'the bearer token is invalid or expired', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('hides unexpected errors', () => {
    const cause = new Error('ECONNREFUSED 10.0.0.7:4001');
    const error = new GraphQLError(cause.message, { originalError: cause });
    const { formatted, internal } = format(error);
    expect(formatted).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(internal).toHaveLength(1);
  });
});
