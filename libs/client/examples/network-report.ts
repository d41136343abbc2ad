import { graphqlFetch, NetworkOverviewDocument, TrancheMatrixDocument } from '../src';

/**
 * Example for teams building on the API (docs/api.md): a typed report of one network's members
 * and how far each launched initiative has travelled, from the client package's typed documents.
 * Every field below is typed from the public schema; a renamed field fails `tsc`, not production.
 *
 *   npx tsx libs/client/examples/network-report.ts http://localhost:4000/graphql digi-rogaland "$TOKEN"
 */
export async function networkReport(url: string, networkId: string, token: string): Promise<string[]> {
  const { network } = await graphqlFetch(url, NetworkOverviewDocument, { networkId }, { token });
  const { trancheMatrix } = await graphqlFetch(url, TrancheMatrixDocument, { networkId }, { token });
  const names = new Map(network.members.map((m) => [m.municipality.id, m.municipality.name]));
  const lines = [`${network.name} (${network.region}): ${network.members.length} members`];
  for (const cell of trancheMatrix) {
    lines.push(`${names.get(cell.municipalityId) ?? cell.municipalityId}: ${cell.stage}${cell.decision ? ` (${cell.decision})` : ''}, ${Math.floor(cell.daysInStage)} days in stage`);
  }
  return lines;
}

if (require.main === module) {
  const [url, networkId, token] = process.argv.slice(2);
  networkReport(url, networkId, token).then(
    (lines) => process.stdout.write(`${lines.join('\n')}\n`),
    (err: unknown) => {
      process.stderr.write(`${String(err)}\n`);
      process.exit(1);
    },
  );
}
