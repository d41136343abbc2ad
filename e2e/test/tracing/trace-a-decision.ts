// First: tracing must be on before the services' modules load.
import { exporter } from './trace-capture';
import { waitUntil } from '@samspill/server-testing';
import { startE2EStack } from '../support/e2e-stack';
import { buildNetworkWithAdoptedStrategy, ok, proposeAndApprove, SOLA } from '../support/fixtures';

/**
 * A child process of tracing.int.spec.ts (run with tools/run/register-swc.js): the real system
 * in-process with tracing to an in-memory exporter. Sola's editor decides an adoption case
 * through the gateway; once the tranche matrix shows the decision, the spans are printed as
 * JSON on the last line of stdout for the test to read.
 */
const NETWORK = 'trace-net';

async function main() {
  const stack = await startE2EStack();
  try {
    const url = stack.gatewayUrl;
    const admin = await stack.tokens.networkAdmin(NETWORK);
    const editor = await stack.tokens.municipalityEditor(SOLA.id);
    const { goalId } = await buildNetworkWithAdoptedStrategy(url, admin, NETWORK, stack.tokens);
    const initiativeId = await proposeAndApprove(url, admin, goalId, 'Sporbar beslutning');
    await ok(url, `mutation($id: ID!) { launchInitiative(id: $id) { id } }`, { id: initiativeId }, admin);
    const caseId = await waitUntil(async () => {
      const { adoptionCases } = await ok(url, `query($i: ID!) { adoptionCases(initiativeId: $i, first: 10) { edges { node { id municipalityId } } } }`, { i: initiativeId }, editor);
      return adoptionCases.edges.find((e: { node: { municipalityId: string } }) => e.node.municipalityId === SOLA.id)?.node.id as string | undefined;
    }, 30000, "Sola's adoption case");

    exporter.reset(); // only the decision's spans from here on
    await ok(url, `mutation TraceDecision($c: ID!) { decideAdoption(caseId: $c, input: { decision: ADOPT, rationale: "Sporbar beslutning i kommunestyret" }) { id } }`, { c: caseId }, editor);
    await waitUntil(async () => {
      const { trancheMatrix } = await ok(url, `query($i: String!, $m: String!) { trancheMatrix(networkId: "${NETWORK}", initiativeId: $i, municipalityId: $m) { decision } }`, { i: initiativeId, m: SOLA.id }, admin);
      return trancheMatrix[0]?.decision === 'ADOPT' ? true : undefined;
    }, 30000, 'the decision in the tranche matrix');

    const port = (u: string) => Number(new URL(u).port);
    const spans = exporter.getFinishedSpans().map((s) => ({
      name: s.name,
      kind: s.kind,
      traceId: s.spanContext().traceId,
      spanId: s.spanContext().spanId,
      parentSpanId: s.parentSpanContext?.spanId,
      attributes: s.attributes,
      links: s.links.map((l) => ({ traceId: l.context.traceId, spanId: l.context.spanId })),
    }));
    const ports = { gateway: port(url), portfolios: port(stack.portfolios.url), networkStrategy: port(stack.networkStrategy.url) };
    process.stdout.write(`\nTRACE-RESULT ${JSON.stringify({ ports, spans })}\n`);
  } finally {
    await stack.stop();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`${(err as Error).stack ?? err}\n`);
    process.exit(1);
  },
);
