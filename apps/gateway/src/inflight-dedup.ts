import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { FORWARDED_IDENTITY_HEADER } from '@samspill/server-auth';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/** A subgraph answer read once, handed to every caller that waited for it as its own fresh response. */
interface SharedAnswer {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
}

/** Only reads are shared: the query planner's fetches start with `query` (or a bare selection set). */
const READ = /^\{"query":"\s*(query\b|\{)/;

/**
 * Who the subgraph will believe the caller is: the identity inside the token the gateway has just
 * signed (the payload is read, not verified: it is ours, from a moment ago). Subject and name count
 * as well as the grants, because subgraphs read by subject too (a participant's own consultation
 * responses): two callers share an answer only when a subgraph could not tell them apart.
 */
export function identityKey(token: string | undefined): string | null {
  const payload = token?.split('.')[1];
  if (!payload) return null;
  try {
    const { identity } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      identity?: { subject: string | null; name: string | null; grants: object[] };
    };
    if (!identity || !Array.isArray(identity.grants)) return null;
    const grants = identity.grants.map((g) => JSON.stringify(Object.entries(g).sort(([a], [b]) => a.localeCompare(b)))).sort();
    return JSON.stringify([identity.subject, identity.name, grants]);
  } catch {
    return null;
  }
}

function answerFor(shared: SharedAnswer, url: string): FetcherResponse {
  const response = new Response(shared.body, { status: shared.status, statusText: shared.statusText, headers: shared.headers });
  // Apollo names the subgraph URL in errors from a non-2xx answer; a constructed Response has none.
  Object.defineProperty(response, 'url', { value: url });
  return response as unknown as FetcherResponse;
}

/**
 * Wraps a data source's fetcher so that identical subgraph reads in flight at the same moment, for
 * callers a subgraph could not tell apart (see identityKey), go to the subgraph once and every
 * caller gets its own copy of the answer. Nothing is kept after the answer arrives (no cache):
 * a read that starts after it gets a fresh one. Mutations and anything unrecognised pass through.
 */
export function dedupingFetcher(base: Fetcher): Fetcher & { inFlight(): number } {
  const inFlight = new Map<string, Promise<SharedAnswer>>();
  const fetcher = async (url: string, init?: Parameters<Fetcher>[1]) => {
    const body = typeof init?.body === 'string' ? init.body : null;
    const who = identityKey(init?.headers?.[FORWARDED_IDENTITY_HEADER]);
    if (body === null || who === null || !READ.test(body)) return base(url, init);
    const key = `${url}\n${who}\n${body}`;
    let answer = inFlight.get(key);
    if (!answer) {
      answer = (async () => {
        const response = await base(url, init);
        return { status: response.status, statusText: response.statusText, headers: [...response.headers], body: await response.text() };
      })().finally(() => inFlight.delete(key));
      inFlight.set(key, answer);
    }
    return answerFor(await answer, url);
  };
  return Object.assign(fetcher, { inFlight: () => inFlight.size });
}
