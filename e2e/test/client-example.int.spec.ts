import { waitUntil } from '@samspill/server-testing';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ApiRequestError, graphqlFetch, TrancheMatrixDocument } from '@samspill/client';
import { E2EStack, startE2EStack } from './support/e2e-stack';
import { buildNetworkWithAdoptedStrategy, ok, proposeAndApprove } from './support/fixtures';

const ROOT = join(__dirname, '../..');

/** Runs the example program as a team would: `npx tsx libs/client/examples/network-report.ts <url> <network> <token>`. */
async function networkReport(url: string, networkId: string, token: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'libs/client/examples/network-report.ts', url, networkId, token], { cwd: ROOT });
  return stdout.trim().split('\n');
}

/** The client package's example program against the running stack, as a team new to the API would use it. */
describe('the typed client example', () => {
  let stack: E2EStack;
  let admin: string;

  beforeAll(async () => {
    stack = await startE2EStack();
    admin = await stack.tokens.networkAdmin('digi-client');
    const { goalId } = await buildNetworkWithAdoptedStrategy(stack.gatewayUrl, admin, 'digi-client', stack.tokens);
    const id = await proposeAndApprove(stack.gatewayUrl, admin, goalId, 'Felles chatbot');
    await ok(stack.gatewayUrl, `mutation($id: ID!) { launchInitiative(id: $id) { id } }`, { id }, admin);
  });
  afterAll(() => stack?.stop());

  it('prints the network and its tranche matrix from typed documents', async () => {
    const lines = await waitUntil(async () => {
      const report = await networkReport(stack.gatewayUrl, 'digi-client', admin);
      return report.length === 4 ? report : undefined;
    }, 30000, 'three matrix cells');
    expect(lines[0]).toBe('Digi Test (Rogaland): 3 members');
    expect(lines.slice(1).sort()).toEqual(['Sandnes: LAUNCHED, 0 days in stage', 'Sola: LAUNCHED, 0 days in stage', 'Stavanger: LAUNCHED, 0 days in stage']);
  });

  it('surfaces coded errors', async () => {
    const refused = await graphqlFetch(stack.gatewayUrl, TrancheMatrixDocument, { networkId: 'digi-client' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiRequestError);
    expect((refused as ApiRequestError).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
