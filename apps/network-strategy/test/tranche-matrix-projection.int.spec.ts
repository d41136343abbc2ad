import { randomUUID } from 'node:crypto';
import { EventEnvelope, TOPICS } from '@samspill/contracts';
import { createKafka, KafkaEventPublisher } from '@samspill/server-events';
import { envelope, waitUntil } from '@samspill/server-testing';
import { TRANCHE_MATRIX_CONSUMER } from '../src/tranche-matrix/tranche-matrix.projection';
import { NetworkStrategyHarness, startNetworkStrategyHarness } from './support/network-strategy-harness';

const at = (day: number) => new Date(Date.UTC(2025, 0, 1 + day)).toISOString();

/** The events of one initiative in three municipalities, as network-strategy and portfolios publish them. */
function scenario(initiativeId: string) {
  const projectId = randomUUID();
  const launched = envelope('InitiativeLaunched', initiativeId, {
    initiativeId, networkId: 'digi-test', goalId: randomUUID(), title: 'Digital byggesak', launchedAt: at(0),
    targetMunicipalityIds: ['1103', '1108', '1124'], expectedBenefits: [],
  });
  const decided = (municipalityId: string, decision: 'ADOPT' | 'DECLINE' | 'DEFER', day: number) =>
    envelope('AdoptionDecided', randomUUID(), {
      caseId: randomUUID(), initiativeId, networkId: 'digi-test', municipalityId, decision, rationale: `${decision} by ${municipalityId}`,
      decidedBy: 'editor', decidingBody: null, caseNumber: null, decidedAt: at(day), reconsideration: false,
    });
  return {
    networkStrategy: [launched],
    portfolios: [
      decided('1124', 'ADOPT', 10),
      decided('1103', 'DECLINE', 20),
      decided('1108', 'DEFER', 5),
      envelope('ProjectCreated', projectId, {
        projectId, municipalityId: '1124', initiativeId, adoptionCaseId: null, name: 'Digital byggesak i Sola', serviceArea: 'TECHNICAL_SERVICES', phase: 'IDEA', createdAt: at(10),
      }),
      envelope('ProjectPhaseChanged', projectId, { projectId, municipalityId: '1124', initiativeId, from: 'PLANNING', to: 'EXECUTION', changedAt: at(40) }),
    ],
  };
}

describe('tranche matrix projection (real Kafka, real PostgreSQL)', () => {
  let h: NetworkStrategyHarness;
  let publisher: KafkaEventPublisher;

  beforeAll(async () => {
    h = await startNetworkStrategyHarness();
    publisher = new KafkaEventPublisher(createKafka('test-producer', h.config.KAFKA_BROKERS));
  });
  afterAll(async () => {
    await publisher?.disconnect();
    await h?.stop();
  });

  const send = (topic: string, events: EventEnvelope[]) =>
    publisher.publish(events.map((e) => ({ topic: `${h.config.KAFKA_TOPIC_PREFIX}${topic}`, key: e.subject, value: JSON.stringify(e) })));

  const matrix = async (initiativeId: string) =>
    h.service.dataSource.query(
      `SELECT municipality_id, network_id, stage, decision, rationale, launched_at, decided_at, in_portfolio_at, executing_at, stage_changed_at
         FROM tranche_cell WHERE initiative_id = $1 ORDER BY municipality_id`,
      [initiativeId],
    );

  /** Waits until the projection has applied every one of `events` (its inbox records each id), however often each was sent. */
  const applied = (events: EventEnvelope[]) => {
    const ids = [...new Set(events.map((e) => e.id))];
    return waitUntil(async () => {
      const [{ n }] = await h.service.dataSource.query(`SELECT count(*)::int AS n FROM inbox WHERE consumer = $1 AND event_id = ANY($2::uuid[])`, [
        `${h.config.KAFKA_TOPIC_PREFIX}${TRANCHE_MATRIX_CONSUMER}`,
        ids,
      ]);
      return n === ids.length ? true : undefined;
    }, 30000, `${ids.length} events applied`);
  };
  const all = (s: ReturnType<typeof scenario>) => [...s.networkStrategy, ...s.portfolios];

  it('ends in the same matrix whatever the delivery order, with redeliveries', async () => {
    const inOrder = randomUUID();
    const a = scenario(inOrder);
    await send(TOPICS.networkStrategy, a.networkStrategy);
    await send(TOPICS.portfolios, a.portfolios);
    await applied(all(a));
    const expected = await matrix(inOrder);

    const reversed = randomUUID();
    const b = scenario(reversed);
    // Portfolio events first (even before the launch is known), newest first, each twice.
    await send(TOPICS.portfolios, [...b.portfolios].reverse().flatMap((e) => [e, e]));
    await send(TOPICS.networkStrategy, [...b.networkStrategy, ...b.networkStrategy]);
    await applied(all(b));
    const actual = await matrix(reversed);

    expect(actual).toEqual(expected);
    expect(actual.map((r: { municipality_id: string; stage: string; decision: string }) => [r.municipality_id, r.stage, r.decision])).toEqual([
      ['1103', 'DECIDED', 'DECLINE'],
      ['1108', 'DECIDED', 'DEFER'],
      ['1124', 'EXECUTING', 'ADOPT'],
    ]);
  });

  it('rebuilds the same matrix from the topics from scratch', async () => {
    // Its own events, so the test does not depend on what an earlier test left behind.
    const initiativeId = randomUUID();
    const events = scenario(initiativeId);
    await send(TOPICS.networkStrategy, events.networkStrategy);
    await send(TOPICS.portfolios, events.portfolios);
    await applied(all(events));
    const before = await h.service.dataSource.query(`SELECT to_jsonb(c) - 'bi_xid' AS cell FROM tranche_cell c WHERE initiative_id = $1 ORDER BY municipality_id`, [initiativeId]);
    expect(before).toHaveLength(3);

    // The replay clears the matrix and the consumer's inbox in one transaction, then re-reads the topics.
    await h.service.replay(TRANCHE_MATRIX_CONSUMER);
    await applied(all(events));
    const after = await h.service.dataSource.query(`SELECT to_jsonb(c) - 'bi_xid' AS cell FROM tranche_cell c WHERE initiative_id = $1 ORDER BY municipality_id`, [initiativeId]);
    // stage_changed_at is derived from event times, so even it must match exactly.
    expect(after).toEqual(before);
  });
});
