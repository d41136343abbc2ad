import { EVENT_PAYLOAD_SCHEMAS, eventsOnTopic, EventType, publisherOfTopic, TOPICS, topicOfEvent } from '..';

describe('event topics', () => {
  it('puts every event type on exactly one topic', () => {
    const all = Object.values(TOPICS).flatMap((t) => eventsOnTopic(t));
    expect(all.sort()).toEqual(Object.keys(EVENT_PAYLOAD_SCHEMAS).sort());
  });

  it('puts each event on its publisher topic', () => {
    expect(topicOfEvent('AdoptionDecided' as EventType)).toBe(TOPICS.portfolios);
    expect(topicOfEvent('InitiativeLaunched')).toBe(TOPICS.networkStrategy);
    expect(publisherOfTopic(TOPICS.consultation)).toBe('consultation');
  });
});
