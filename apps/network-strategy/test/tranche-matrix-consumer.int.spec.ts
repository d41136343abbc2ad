import { randomUUID } from 'node:crypto';
import { EventEnvelope, TOPICS } from '@samspill/contracts';
import { createKafka, KafkaEventPublisher } from '@samspill/server-events';
import { envelope, TopicReader, waitUntil } from '@samspill/server-testing';
import { TRANCHE_MATRIX_CONSUMER } from '../src/tranche-matrix/tranche-matrix.projection';
import { NetworkStrategyHarness, startNetworkStrategyHarness } from './support/network-strategy-harness';

function launchedEvent(initiativeId: string, targets: string[]): EventEnvelope {
  return envelope('InitiativeLaunched', initiativeId, {
    initiativeId,
    networkId: 'digi-rogaland',
    goalId: randomUUID(),
    title: 'Digital innbyggerdialog',
    launchedAt: new Date().toISOString(),
    targetMunicipalityIds: targets,
    expectedBenefits: [],
  });
}

describe('tranche-matrix consumer (real Kafka, real PostgreSQL)', () => {
  let h: NetworkStrategyHarness;
  let publisher: KafkaEventPublisher;
  let dlq: TopicReader;
  let topic: string;

  beforeAll(async () => {
    h = await startNetworkStrategyHarness();
    const prefix = h.config.KAFKA_TOPIC_PREFIX;
    topic = `${prefix}${TOPICS.networkStrategy}`;
    publisher = new KafkaEventPublisher(createKafka('test-producer', h.config.KAFKA_BROKERS));
    dlq = await new TopicReader(h.config.KAFKA_BROKERS, `${prefix}samspill.dlq.${TRANCHE_MATRIX_CONSUMER}`).start();
  });
  afterAll(async () => {
    await dlq?.stop();
    await publisher?.disconnect();
    await h?.stop();
  });

  const cellsOf = async (initiativeId: string) =>
    Number((await h.service.dataSource.query(`SELECT count(*) AS n FROM tranche_cell WHERE initiative_id = $1`, [initiativeId]))[0].n);
  const inboxCount = async (eventId: string) =>
    Number((await h.service.dataSource.query(`SELECT count(*) AS n FROM inbox WHERE event_id = $1`, [eventId]))[0].n);

  it('applies the same event delivered twice only once', async () => {
    const initiativeId = randomUUID();
    const event = launchedEvent(initiativeId, ['1124', '1103']);
    const message = { topic, key: initiativeId, value: JSON.stringify(event) };
    await publisher.publish([message]);
    await publisher.publish([message]);
    // A marker event on the same key (same partition, so consumed after both copies).
    const marker = launchedEvent(initiativeId, ['1108']);
    await publisher.publish([{ topic, key: initiativeId, value: JSON.stringify(marker) }]);
    await waitUntil(async () => ((await inboxCount(marker.id)) === 1 ? true : undefined), 30000, 'marker processed');
    expect(await inboxCount(event.id)).toBe(1);
    expect(await cellsOf(initiativeId)).toBe(3);
  });

  it('sends a malformed message to the dead-letter topic and carries on with the next one', async () => {
    const initiativeId = randomUUID();
    await publisher.publish([{ topic, key: initiativeId, value: '{"this is": "not an event"' }]);
    const schemaViolation = { ...launchedEvent(initiativeId, ['12345']) };
    await publisher.publish([{ topic, key: initiativeId, value: JSON.stringify(schemaViolation) }]);
    const next = launchedEvent(initiativeId, ['1124']);
    await publisher.publish([{ topic, key: initiativeId, value: JSON.stringify(next) }]);

    await waitUntil(async () => ((await inboxCount(next.id)) === 1 ? true : undefined), 30000, 'next event processed');
    const dead = await dlq.waitFor((ms) => ms.filter((m) => m.key === initiativeId).length >= 2);
    const reasons = dead.filter((m) => m.key === initiativeId).map((m) => m.headers['dlq-reason']);
    expect(reasons[0]).toMatch(/not JSON/);
    expect(reasons[1]).toMatch(/invalid InitiativeLaunched v1 payload/);
    expect(await inboxCount(schemaViolation.id)).toBe(0);
    expect(await cellsOf(initiativeId)).toBe(1);
  });
});
