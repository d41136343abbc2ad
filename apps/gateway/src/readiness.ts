import type { ReadinessCheck } from '@samspill/server-graphql';

/** A subgraph serves GraphQL at …/graphql and readiness next to it at …/ready. */
export function readyUrlOf(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = `${url.pathname.replace(/\/graphql\/?$/, '').replace(/\/$/, '')}/ready`;
  url.search = '';
  url.hash = '';
  return url.toString();
}

/**
 * The gateway is only ready when every subgraph is: a load balancer should not send traffic
 * to a gateway whose queries would fail. Short timeout so /ready itself answers promptly.
 */
export function subgraphReadiness(urls: ReadonlyMap<string, string>, timeoutMs = 2000): ReadinessCheck[] {
  return [...urls].map(([name, graphqlUrl]) => {
    const readyUrl = readyUrlOf(graphqlUrl);
    return {
      name,
      async check() {
        let status: number;
        try {
          const res = await fetch(readyUrl, { signal: AbortSignal.timeout(timeoutMs) });
          status = res.status;
          await res.body?.cancel();
        } catch {
          throw new Error('not reachable');
        }
        if (status !== 200) throw new Error(`answered ${status}`);
      },
    };
  });
}
