import { TOPICS, TopicName } from '../topics';
import { EVENT_PAYLOAD_SCHEMAS, EventType } from './registry';
import * as ns from './network-strategy.events';
import * as pf from './portfolios.events';
import * as cs from './consultation.events';
import * as bf from './benefits.events';

/**
 * Which topic carries which event, derived rather than listed: a service defines its payload
 * schemas in its own contracts module and publishes them all to its own topic, so an event's
 * topic is the topic of the module its schema comes from. A new event can never be missing here.
 */
const MODULE_TOPICS: [TopicName, Record<string, unknown>][] = [
  [TOPICS.networkStrategy, ns],
  [TOPICS.portfolios, pf],
  [TOPICS.consultation, cs],
  [TOPICS.benefits, bf],
];

export function topicOfEvent(type: EventType): TopicName {
  const schemas = Object.values(EVENT_PAYLOAD_SCHEMAS[type]) as unknown[];
  const found = MODULE_TOPICS.find(([, module]) => schemas.every((s) => Object.values(module).includes(s)));
  if (!found) throw new Error(`event ${type}: its payload schemas come from no service's contracts module`);
  return found[0];
}

/** The service that publishes a topic: `samspill.<service>.events`. */
export function publisherOfTopic(topic: TopicName): string {
  return topic.split('.')[1];
}

export function eventsOnTopic(topic: TopicName): EventType[] {
  return (Object.keys(EVENT_PAYLOAD_SCHEMAS) as EventType[]).filter((type) => topicOfEvent(type) === topic);
}
