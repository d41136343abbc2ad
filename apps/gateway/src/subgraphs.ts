/**
 * Every subgraph behind the gateway. The gateway reads its URL override from `urlEnv`; the
 * supergraph tool (tools/supergraph/compose.ts) composes the committed SDL at `sdlPath` and
 * bakes `defaultUrl` into the supergraph. It lives in the gateway because apps must not
 * import tools; the tool imports it from here. Adding a service is one line.
 */
export interface SubgraphDefinition {
  /** Subgraph name in the supergraph; the gateway's `buildService` receives it. */
  name: string;
  /** Committed SDL, relative to the repository root. */
  sdlPath: string;
  /** Environment variable that overrides the URL at run time. */
  urlEnv: string;
  defaultUrl: string;
  /**
   * Plain HTTP path prefixes the service serves on its own port beside /graphql (see the runtime's
   * `routes`); the gateway authenticates callers and proxies `<prefix>/…` to the service's origin.
   */
  httpPaths?: readonly string[];
}

export const SUBGRAPHS = [
  {
    name: 'network-strategy',
    sdlPath: 'apps/network-strategy/schema.graphql',
    urlEnv: 'NETWORK_STRATEGY_URL',
    defaultUrl: 'http://127.0.0.1:4001/graphql',
  },
  { name: 'portfolios', sdlPath: 'apps/portfolios/schema.graphql', urlEnv: 'PORTFOLIOS_URL', defaultUrl: 'http://127.0.0.1:4002/graphql' },
  { name: 'consultation', sdlPath: 'apps/consultation/schema.graphql', urlEnv: 'CONSULTATION_URL', defaultUrl: 'http://127.0.0.1:4003/graphql' },
  {
    name: 'benefits',
    sdlPath: 'apps/benefits/schema.graphql',
    urlEnv: 'BENEFITS_URL',
    defaultUrl: 'http://127.0.0.1:4004/graphql',
  },
] as const satisfies readonly SubgraphDefinition[];

export type SubgraphUrlEnv = (typeof SUBGRAPHS)[number]['urlEnv'];
