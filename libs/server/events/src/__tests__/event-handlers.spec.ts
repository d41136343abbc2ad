import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@samspill/contracts';
import { eventHandlers, type On } from '../event-handlers';

const manager = {} as EntityManager;

const decided = (): EventEnvelope => ({
  specversion: '1.0',
  id: '0b8f9f8e-3c1a-4d55-9a55-5c3b8e0d6f10',
  source: '/samspill/portfolios',
  type: 'AdoptionDecided',
  subject: 'case-1',
  time: '2025-03-01T10:00:00.000Z',
  datacontenttype: 'application/json',
  dataversion: 1,
  data: { caseId: 'case-1', municipalityId: '1124', decision: 'ADOPT' },
});

describe('typed event handlers', () => {
  it('passes the payload and the envelope attributes with the transaction to the handler of that type', async () => {
    const seen: unknown[] = [];
    const handlers = eventHandlers().on('AdoptionDecided', async (data, meta) => {
      seen.push([data.municipalityId, data.decision, meta.id, meta.subject, meta.type, meta.manager === manager]);
    });
    expect(await handlers.apply(decided(), manager)).toBe(true);
    expect(seen).toEqual([['1124', 'ADOPT', '0b8f9f8e-3c1a-4d55-9a55-5c3b8e0d6f10', 'case-1', 'AdoptionDecided', true]]);
  });

  it('ignores event types it has no handler for', async () => {
    const handlers = eventHandlers().on('ProjectCreated', async () => undefined);
    expect(handlers.handles('AdoptionDecided')).toBe(false);
    expect(await handlers.apply(decided(), manager)).toBe(false);
    expect(handlers.types()).toEqual(['ProjectCreated']);
  });

  it('refuses a second handler for the same event type', () => {
    const handlers = eventHandlers().on('GoalAdded', async () => undefined);
    expect(() => handlers.on('GoalAdded', async () => undefined)).toThrow('a handler for GoalAdded is already registered');
  });

  // Type-level: `npm run typecheck` fails if any of these lines compiles (an unused @ts-expect-error is an error).
  it('does not compile a handler for an unknown event name or a payload field the event does not have', () => {
    const handlers = eventHandlers();
    // @ts-expect-error 'AdoptionDecidedd' is not in the contracts registry
    expect(() => handlers.on('AdoptionDecidedd', async () => undefined)).not.toThrow();
    handlers.on('AdoptionDecided', async (data) => {
      // @ts-expect-error AdoptionDecided has no `population`
      void data.population;
    });
    const onGoal: On<'GoalAdded'> = async () => undefined;
    // @ts-expect-error a GoalAdded handler does not fit InitiativeLaunched's payload
    handlers.on('InitiativeLaunched', onGoal);
    expect(handlers.types()).toEqual(['AdoptionDecidedd', 'AdoptionDecided', 'InitiativeLaunched']);
  });
});
