import { FORWARDED_IDENTITY_HEADER, REQUEST_ID_HEADER, verifyForwardedIdentity } from '@samspill/server-auth';
import { IdentityForwardingDataSource } from '../identity-forwarding.data-source';
import type { GatewayContext } from '../gateway-context';

const SECRET = 'test-secret-test-secret-test-secret!';

async function headersSentFor(context: GatewayContext): Promise<Headers> {
  const headers = new Headers();
  const source = new IdentityForwardingDataSource('http://subgraph/graphql', SECRET, 'portfolios');
  // Only the parts willSendRequest reads: the outgoing HTTP request and the incoming context.
  await source.willSendRequest({ request: { http: { headers } }, context, incomingRequestContext: {} } as never);
  return headers;
}

describe('IdentityForwardingDataSource', () => {
  it('forwards the verified identity, signed, and the request id', async () => {
    const identity = { subject: 'kari', name: null, grants: [{ role: 'analyst' as const }] };
    const headers = await headersSentFor({ identity, requestId: 'req-1' });
    expect(headers.get(REQUEST_ID_HEADER)).toBe('req-1');
    await expect(verifyForwardedIdentity(headers.get(FORWARDED_IDENTITY_HEADER)!, SECRET, 'portfolios')).resolves.toEqual({ identity, requestId: 'req-1' });
  });

  it('addresses the identity to its subgraph alone', async () => {
    const headers = await headersSentFor({ identity: { subject: null, name: null, grants: [] }, requestId: 'req-3' });
    await expect(verifyForwardedIdentity(headers.get(FORWARDED_IDENTITY_HEADER)!, SECRET, 'benefits')).rejects.toThrow();
  });

  it('signs with the internal secret, so a subgraph with another secret refuses it', async () => {
    const headers = await headersSentFor({ identity: { subject: null, name: null, grants: [] }, requestId: 'req-2' });
    await expect(verifyForwardedIdentity(headers.get(FORWARDED_IDENTITY_HEADER)!, 'another-secret-another-secret-xx', 'portfolios')).rejects.toThrow();
  });
});
