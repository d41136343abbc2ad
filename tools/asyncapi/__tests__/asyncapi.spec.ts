import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';
import { deadLetterTopic, EVENT_PAYLOAD_SCHEMAS, TOPICS } from '@samspill/contracts';
import { ASYNCAPI_PATH, renderAsyncApi } from '../asyncapi';
import { CONSUMER_GROUPS } from '../consumer-groups';

const committed = readFileSync(ASYNCAPI_PATH, 'utf8');

describe('AsyncAPI document (docs/asyncapi.json)', () => {
  it('is what the contracts and consumers generate today (run `npm run asyncapi` after changing them)', () => {
    expect(committed).toBe(renderAsyncApi());
  });

  it('is a valid AsyncAPI 3 document', async () => {
    const { document, diagnostics } = await new Parser().parse(committed);
    // severity 0 = error; warnings (e.g. no license) do not make the document invalid.
    expect(diagnostics.filter((d) => d.severity === 0)).toEqual([]);
    expect(document?.version()).toBe('3.1.0');
  });

  it('lists every event type of libs/contracts on exactly one topic, with its payload schema', async () => {
    const { document } = await new Parser().parse(committed);
    const onChannels = document!.channels().all().flatMap((c) => c.messages().all().map((m) => m.id()));
    const eventTypes = Object.keys(EVENT_PAYLOAD_SCHEMAS).sort();
    expect(onChannels.filter((id) => id !== 'DeadLetter').sort()).toEqual(eventTypes);
    for (const type of eventTypes) {
      const data = document!.components().messages().get(type)!.payload()!.properties()!.data;
      expect(data.properties()).toBeDefined();
    }
  });

  it('lists every topic, every consumer group and its dead-letter topic', async () => {
    const { document } = await new Parser().parse(committed);
    const addresses = document!.channels().all().map((c) => c.address());
    for (const topic of Object.values(TOPICS)) expect(addresses).toContain(topic);
    for (const { group } of CONSUMER_GROUPS) expect(addresses).toContain(deadLetterTopic(group));
    const groupIds = document!
      .operations()
      .filterByReceive()
      .map((op) => (op.bindings().get('kafka')?.value() as { groupId: { enum: string[] } }).groupId.enum[0]);
    expect([...new Set(groupIds)].sort()).toEqual(CONSUMER_GROUPS.map((g) => g.group).sort());
  });
});
