import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { TOPICS } from '@samspill/contracts';
import { TopicReader, waitUntil } from '@samspill/server-testing';
import { E2EStack, startE2EStack } from './support/e2e-stack';
import { buildNetworkWithAdoptedStrategy, ok, proposeAndApprove } from './support/fixtures';

const KAFKA_SH = join(__dirname, '../../tools/kafka/kafka.sh');
/**
 * kafka.sh leaves a broker named by KAFKA_BROKERS alone; here we drive the repo's own broker.
 * Asynchronously: the gateway and services run in this process, and a blocked event loop (a stop
 * takes seconds) lets the gateway's keep-alive timer close the client's idle socket just as the
 * next request is written on it (ECONNRESET), which no real client would see.
 */
const kafka = async (command: 'start' | 'stop') => {
  await promisify(execFile)('bash', [KAFKA_SH, command], { env: { ...process.env, KAFKA_BROKERS: '' } });
};
const LAUNCH = `mutation($id: ID!) { launchInitiative(id: $id) { id status targetMunicipalityIds } }`;

describe('launching an initiative through the gateway publishes InitiativeLaunched exactly once', () => {
  let stack: E2EStack;
  let reader: TopicReader;
  let admin: string;
  let goalId: string;

  beforeAll(async () => {
    stack = await startE2EStack();
    admin = await stack.tokens.networkAdmin('digi-test');
    ({ goalId } = await buildNetworkWithAdoptedStrategy(stack.gatewayUrl, admin, 'digi-test', stack.tokens));
    reader = await new TopicReader(stack.brokers, `${stack.topicPrefix}${TOPICS.networkStrategy}`).start();
  });
  afterAll(async () => {
    await reader?.stop();
    await stack?.stop();
  });

  const launchedFor = (initiativeId: string) =>
    reader.messages.filter((m) => m.key === initiativeId && JSON.parse(m.value!).type === 'InitiativeLaunched');

  /** A later event on the same key (same partition) proves everything before it has been read. */
  async function settle(initiativeId: string) {
    await ok(stack.gatewayUrl, `mutation($id: ID!) { closeInitiative(id: $id, note: "test complete") { status } }`, { id: initiativeId }, admin);
    await reader.waitFor((ms) => ms.some((m) => m.key === initiativeId && JSON.parse(m.value!).data.to === 'CLOSED'));
  }

  it('commits the mutation and the event reaches the topic once, read by a real consumer', async () => {
    const id = await proposeAndApprove(stack.gatewayUrl, admin, goalId, 'Digital byggesak');
    const { launchInitiative } = await ok(stack.gatewayUrl, LAUNCH, { id }, admin);
    expect(launchInitiative.status).toBe('LAUNCHED');
    expect(launchInitiative.targetMunicipalityIds).toEqual(['1103', '1108', '1124']);

    await settle(id);
    const events = launchedFor(id);
    expect(events).toHaveLength(1);
    const envelope = JSON.parse(events[0].value!);
    expect(envelope).toMatchObject({ specversion: '1.0', type: 'InitiativeLaunched', subject: id, dataversion: 1 });
    expect(envelope.data.targetMunicipalityIds).toEqual(['1103', '1108', '1124']);
  });

  it('holds the event in the outbox while the broker is down and publishes it once when it is back', async () => {
    const id = await proposeAndApprove(stack.gatewayUrl, admin, goalId, 'Felles chatbot');
    await kafka('stop');
    try {
      const { launchInitiative } = await ok(stack.gatewayUrl, LAUNCH, { id }, admin);
      expect(launchInitiative.status).toBe('LAUNCHED');
      // Wait until the relay has tried (and failed) against the stopped broker: the row must still be pending.
      const pending = await waitUntil(async () => {
        const rows = await stack.networkStrategy.service.dataSource.query(
          `SELECT status, attempts FROM outbox WHERE message_key = $1 AND event_type = 'InitiativeLaunched'`,
          [id],
        );
        return rows.length === 1 && rows[0].attempts >= 1 ? rows : undefined;
      }, 60000, 'a failed publish attempt');
      expect(pending).toHaveLength(1);
      expect(pending[0].status).toBe('PENDING');
    } finally {
      await kafka('start');
    }
    await reader.waitFor(() => launchedFor(id).length > 0, 90000);
    await waitUntil(async () => {
      const [row] = await stack.networkStrategy.service.dataSource.query(
        `SELECT status FROM outbox WHERE message_key = $1 AND event_type = 'InitiativeLaunched'`,
        [id],
      );
      return row.status === 'PUBLISHED' ? true : undefined;
    }, 30000, 'outbox row published');
    await settle(id);
    expect(launchedFor(id)).toHaveLength(1);
  });
});
