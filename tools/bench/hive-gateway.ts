/**
 * Hive Gateway (@graphql-hive/gateway-runtime with the Rust query planner from
 * @graphql-hive/router-runtime) on our committed supergraph, calling the subgraphs given by name
 * with a forwarded identity the benchmark signs: the reference our gateway is compared with.
 * Used in-process (public-read.ts) or as its own process (federated-read.ts, so it does not share
 * an event loop with the load generator):
 *   HIVE_SUPERGRAPH_PATH=… HIVE_SUBGRAPH_URLS='{"portfolios":"http://…"}' INTERNAL_AUTH_SECRET=… HIVE_IDENTITY='{…}' \
 *     node --require tsx/cjs tools/bench/hive-gateway.ts        (prints the URL it serves on)
 */
import { readFileSync } from 'node:fs';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ANONYMOUS, FORWARDED_IDENTITY_HEADER, Identity, signForwardedIdentity } from '@samspill/server-auth';

interface HiveRuntimeModule {
  createGatewayRuntime(options: Record<string, unknown>): ((req: IncomingMessage, res: ServerResponse) => void) & { dispose(): Promise<void> };
}

/** A header by which a benchmark client says which subject it is; Hive forwards that subject with the given grants. */
export const BENCH_SUBJECT_HEADER = 'x-bench-subject';

export interface HiveGatewayOptions {
  supergraphPath: string;
  /** Subgraph name in the supergraph → URL to call instead of the one baked in. */
  subgraphUrls: Record<string, string>;
  internalAuthSecret: string;
  /** Identity forwarded to the subgraphs; the subject comes from BENCH_SUBJECT_HEADER when the client sends one. */
  identity?: Identity;
}

export async function startHiveGateway(options: HiveGatewayOptions): Promise<{ url: string; stop(): Promise<void> }> {
  const subgraphs: string[] = [];
  const supergraph = readFileSync(options.supergraphPath, 'utf8').replace(
    /@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g,
    (m, name: string, url: string) => {
      subgraphs.push(name);
      return `@join__graph(name: "${name}", url: "${options.subgraphUrls[name] ?? url}")`;
    },
  );
  // Loaded by a non-literal name so TypeScript does not read Hive's types: graphql-yoga's augment graphql's
  // GraphQLErrorExtensions for the whole program, which clashes with the gateway's Apollo code.
  const names = ['@graphql-hive/gateway-runtime', '@graphql-hive/router-runtime'];
  const [{ createGatewayRuntime }, { unifiedGraphHandler }] = (await Promise.all(names.map((n) => import(n)))) as [HiveRuntimeModule, { unifiedGraphHandler: unknown }];
  const identity = options.identity ?? ANONYMOUS;
  // One token per subject for a while (ours live 60 s), like a client resending the same credentials:
  // identical requests then carry identical headers, which is what lets Hive deduplicate them.
  const tokens = new Map<string, { token: Promise<string>; until: number }>();
  const tokenFor = (subject: string | null) => {
    const key = subject ?? '';
    const hit = tokens.get(key);
    if (hit && hit.until > Date.now()) return hit.token;
    const token = signForwardedIdentity(subject === null ? identity : { ...identity, subject }, 'bench', options.internalAuthSecret, subgraphs);
    tokens.set(key, { token, until: Date.now() + 30_000 });
    return token;
  };
  const hive = createGatewayRuntime({
    supergraph: () => supergraph,
    unifiedGraphHandler,
    logging: false,
    propagateHeaders: {
      fromClientToSubgraphs: async ({ request }: { request: Request }) => ({
        [FORWARDED_IDENTITY_HEADER]: await tokenFor(request.headers.get(BENCH_SUBJECT_HEADER)),
      }),
    },
  });
  const server = createServer(hive);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    stop: async () => {
      await hive.dispose();
      server.close();
    },
  };
}

if (require.main === module) {
  process.once('SIGTERM', () => process.exit(0));
  startHiveGateway({
    supergraphPath: process.env.HIVE_SUPERGRAPH_PATH ?? 'apps/gateway/supergraph.graphql',
    subgraphUrls: JSON.parse(process.env.HIVE_SUBGRAPH_URLS ?? '{}') as Record<string, string>,
    internalAuthSecret: process.env.INTERNAL_AUTH_SECRET ?? '',
    identity: process.env.HIVE_IDENTITY ? (JSON.parse(process.env.HIVE_IDENTITY) as Identity) : ANONYMOUS,
  }).then(
    ({ url }) => console.log(url),
    (err: Error) => {
      console.error(`[hive] ${err.message}`);
      process.exit(1);
    },
  );
}
