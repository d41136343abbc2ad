import { z } from 'zod';
import {
  deadLetterTopicSpec,
  EVENT_PAYLOAD_SCHEMAS,
  EVENT_TOPIC_SPECS,
  eventEnvelopeSchema,
  eventsOnTopic,
  EventType,
  publisherOfTopic,
  TopicName,
  TopicSpec,
  TOPICS,
  topicOfEvent,
} from '@samspill/contracts';
import type { ConsumerGroupDoc } from './consumer-groups';

type Json = Record<string, unknown>;
const KAFKA_BINDING = '0.5.0';
const ref = (path: string) => ({ $ref: path });

/** JSON Schema (draft-07, which AsyncAPI schemas extend) of a zod contract. */
function jsonSchema(schema: z.ZodType): Json {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { target: 'draft-7', io: 'output' }) as Json;
  return rest;
}

function topicBinding(spec: TopicSpec): Json {
  return {
    kafka: {
      topic: spec.name,
      partitions: spec.partitions,
      topicConfiguration: {
        'retention.ms': Number(spec.config['retention.ms']),
        'cleanup.policy': spec.config['cleanup.policy'].split(','),
      },
      bindingVersion: KAFKA_BINDING,
    },
  };
}

/** The CloudEvents envelope with `type`, `dataversion` and `data` narrowed to one event. */
function eventMessage(type: EventType): Json {
  const versions = Object.keys(EVENT_PAYLOAD_SCHEMAS[type]).map(Number);
  const envelope = jsonSchema(eventEnvelopeSchema) as { properties: Json; required: string[] };
  const dataRefs = versions.map((v) => ref(`#/components/schemas/${type}V${v}`));
  return {
    name: type,
    title: type,
    summary: `${type}, published by ${publisherOfTopic(topicOfEvent(type))}`,
    contentType: 'application/cloudevents+json',
    payload: {
      ...envelope,
      properties: {
        ...envelope.properties,
        type: { type: 'string', const: type },
        dataversion: { type: 'integer', enum: versions },
        data: dataRefs.length === 1 ? dataRefs[0] : { oneOf: dataRefs },
      },
    },
    bindings: { kafka: { key: { type: 'string', description: 'the aggregate id (CloudEvents subject): its events stay in order' }, bindingVersion: KAFKA_BINDING } },
  };
}

const DEAD_LETTER_MESSAGE: Json = {
  name: 'DeadLetter',
  title: 'Dead letter',
  summary: 'A message a consumer group could not parse or kept failing on, copied unchanged with the reason in its headers',
  headers: {
    type: 'object',
    properties: {
      'dlq-reason': { type: 'string' },
      'dlq-source-topic': { type: 'string' },
      'dlq-source-partition': { type: 'string' },
      'dlq-source-offset': { type: 'string' },
      'dlq-consumer-group': { type: 'string' },
    },
    required: ['dlq-reason', 'dlq-source-topic', 'dlq-source-partition', 'dlq-source-offset', 'dlq-consumer-group'],
  },
  payload: { description: 'the original message bytes (usually a CloudEvent, possibly not JSON at all)' },
};

const channelId = (topic: string) => topic;

/**
 * The AsyncAPI 3 document of every topic, event and consumer group, built from the zod
 * contracts and the services' consumer definitions (see tools/asyncapi/asyncapi.ts).
 */
export function buildAsyncApiDocument(groups: ConsumerGroupDoc[], version: string): Json {
  const channels: Json = {};
  const operations: Json = {};
  const messages: Json = {};
  const schemas: Json = {};

  for (const type of Object.keys(EVENT_PAYLOAD_SCHEMAS) as EventType[]) {
    messages[type] = eventMessage(type);
    for (const [v, schema] of Object.entries(EVENT_PAYLOAD_SCHEMAS[type])) schemas[`${type}V${v}`] = jsonSchema(schema as z.ZodType);
  }
  messages.DeadLetter = DEAD_LETTER_MESSAGE;

  for (const spec of EVENT_TOPIC_SPECS) {
    const topic = spec.name as TopicName;
    const types = eventsOnTopic(topic);
    channels[channelId(topic)] = {
      address: topic,
      title: `Events of ${publisherOfTopic(topic)}`,
      description: 'CloudEvents 1.0 (structured JSON), keyed by aggregate id. Topic and group names get KAFKA_TOPIC_PREFIX prepended when it is set.',
      messages: Object.fromEntries(types.map((t) => [t, ref(`#/components/messages/${t}`)])),
      bindings: topicBinding(spec),
    };
    operations[`${publisherOfTopic(topic)}.publish`] = {
      action: 'send',
      title: `${publisherOfTopic(topic)} publishes its events (transactional outbox → relay)`,
      channel: ref(`#/channels/${channelId(topic)}`),
      messages: types.map((t) => ref(`#/channels/${channelId(topic)}/messages/${t}`)),
    };
  }

  for (const g of [...groups].sort((a, b) => a.group.localeCompare(b.group))) {
    const handled = g.handles.filter((t): t is EventType => t in EVENT_PAYLOAD_SCHEMAS);
    const unknown = g.handles.filter((t) => !(t in EVENT_PAYLOAD_SCHEMAS));
    if (unknown.length > 0) throw new Error(`consumer group ${g.group} handles unknown event types: ${unknown.join(', ')}`);
    const topics = Object.values(TOPICS).filter((topic) => handled.some((t) => topicOfEvent(t) === topic));
    for (const topic of topics) {
      operations[`${g.group}.consume.${publisherOfTopic(topic)}`] = {
        action: 'receive',
        title: `${g.service} (group ${g.group}) applies ${handled.filter((t) => topicOfEvent(t) === topic).join(', ')}`,
        channel: ref(`#/channels/${channelId(topic)}`),
        messages: handled.filter((t) => topicOfEvent(t) === topic).map((t) => ref(`#/channels/${channelId(topic)}/messages/${t}`)),
        bindings: { kafka: { groupId: { type: 'string', enum: [g.group] }, bindingVersion: KAFKA_BINDING } },
      };
    }
    const dlq = deadLetterTopicSpec(g.group);
    channels[channelId(dlq.name)] = {
      address: dlq.name,
      title: `Dead letters of consumer group ${g.group}`,
      messages: { DeadLetter: ref('#/components/messages/DeadLetter') },
      bindings: topicBinding(dlq),
    };
    operations[`${g.group}.deadLetter`] = {
      action: 'send',
      title: `${g.service} (group ${g.group}) parks messages it cannot apply`,
      channel: ref(`#/channels/${channelId(dlq.name)}`),
      messages: [ref(`#/channels/${channelId(dlq.name)}/messages/DeadLetter`)],
    };
  }

  return {
    asyncapi: '3.1.0',
    info: {
      title: 'Samspill events',
      version,
      description:
        'Every Kafka topic of Samspill, the events each carries (payload JSON Schema generated from the zod contracts in libs/contracts), the consumer groups reading them and their dead-letter topics. Generated by `npm run asyncapi`; do not edit.',
    },
    defaultContentType: 'application/cloudevents+json',
    servers: {
      local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'the broker `npm start` brings up (KAFKA_BROKERS elsewhere)' },
    },
    channels,
    operations,
    components: { messages, schemas },
  };
}
