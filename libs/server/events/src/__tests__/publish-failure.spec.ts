import { KafkaJSConnectionError, KafkaJSNumberOfRetriesExceeded, KafkaJSProtocolError, KafkaJSRequestTimeoutError } from 'kafkajs';
import { classifyPublishFailure, rootCauseMessage } from '../publish-failure';

describe('classifyPublishFailure', () => {
  it('treats an exhausted retry over a refused connection as transient, although kafkajs marks it non-retriable', () => {
    const cause = new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:9092');
    const exhausted = new KafkaJSNumberOfRetriesExceeded(cause, { retryCount: 3, retryTime: 800 });
    expect(exhausted.retriable).toBe(false);
    expect(classifyPublishFailure(exhausted)).toBe('transient');
  });

  it('treats timeouts, leader changes and unknown errors as transient', () => {
    expect(classifyPublishFailure(new KafkaJSRequestTimeoutError('Request Produce timed out'))).toBe('transient');
    expect(classifyPublishFailure(new KafkaJSProtocolError({ type: 'NOT_LEADER_OR_FOLLOWER', code: 6, retriable: true, message: 'x' } as never))).toBe('transient');
    expect(classifyPublishFailure(new Error('something odd'))).toBe('transient');
    expect(classifyPublishFailure('a string')).toBe('transient');
  });

  it('treats a message the broker refuses for its size as permanent, however deeply wrapped', () => {
    const tooLarge = new KafkaJSProtocolError({ type: 'MESSAGE_TOO_LARGE', code: 10, retriable: false, message: 'too large' } as never);
    expect(classifyPublishFailure(tooLarge)).toBe('permanent');
    expect(classifyPublishFailure(new KafkaJSNumberOfRetriesExceeded(tooLarge, { retryCount: 0, retryTime: 0 }))).toBe('permanent');
  });

  it('names the root cause for the log and last_error', () => {
    const cause = new KafkaJSConnectionError('connect ECONNREFUSED');
    expect(rootCauseMessage(new KafkaJSNumberOfRetriesExceeded(cause, { retryCount: 3, retryTime: 800 }))).toContain('ECONNREFUSED');
  });
});
