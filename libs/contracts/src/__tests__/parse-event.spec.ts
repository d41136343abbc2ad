import { randomUUID } from 'node:crypto';
import { EVENT_PAYLOAD_SCHEMAS, isKnownEventType, latestVersion, parseEvent, payloadSchema } from '..';

const launched = () => ({
  initiativeId: 'ini-1',
  networkId: 'net-1',
  goalId: 'goal-1',
  title: 'Felles innbyggerportal',
  launchedAt: '2025-03-01T10:00:00Z',
  targetMunicipalityIds: ['1124', '1103'],
  expectedBenefits: [
    { type: 'EFFICIENCY', indicator: 'saksbehandlingstimer', unit: 'timer', amountPerYear: 120, scaling: 'PER_1000_INHABITANTS', direction: 'LOWER_IS_BETTER', isDisbenefit: false },
  ],
});

const envelope = (overrides: Record<string, unknown> = {}) => ({
  specversion: '1.0',
  id: randomUUID(),
  source: 'samspill/network-strategy',
  type: 'InitiativeLaunched',
  subject: 'ini-1',
  time: '2025-03-01T10:00:00.123Z',
  datacontenttype: 'application/json',
  dataversion: 1,
  data: launched(),
  ...overrides,
});

const raw = (value: unknown) => Buffer.from(JSON.stringify(value));

function reasonOf(result: ReturnType<typeof parseEvent>): string {
  if (result.ok) throw new Error(`expected a rejection, got ${JSON.stringify(result.event)}`);
  return result.reason;
}

describe('parseEvent', () => {
  it('accepts a valid InitiativeLaunched envelope from a Buffer and returns the validated payload', () => {
    const input = envelope();
    const result = parseEvent(raw(input));
    expect(result).toEqual({ ok: true, event: input });
  });

  it('reads profile lines published before directions existed as higher-is-better benefits', () => {
    const old = envelope({ data: { ...launched(), expectedBenefits: [{ type: 'QUALITY', indicator: 'møter', unit: 'møter', amountPerYear: 5, scaling: 'FIXED' }] } });
    const result = parseEvent(raw(old));
    expect(result.ok && (result.event.data as { expectedBenefits: unknown[] }).expectedBenefits[0]).toMatchObject({ direction: 'HIGHER_IS_BETTER', isDisbenefit: false });
  });

  it('reads memberships recorded before consent existed as joined without an invitation and ended by the network', () => {
    const joined = parseEvent(raw(envelope({ type: 'MunicipalityJoinedNetwork', subject: '1124', data: { networkId: 'n', municipalityId: '1124', joinedOn: '2020-01-01' } })));
    expect(joined.ok && joined.event.data).toEqual({ networkId: 'n', municipalityId: '1124', joinedOn: '2020-01-01', invitationId: null });
    const left = parseEvent(raw(envelope({ type: 'MunicipalityLeftNetwork', subject: '1124', data: { networkId: 'n', municipalityId: '1124', leftOn: '2024-01-01' } })));
    expect(left.ok && left.event.data).toEqual({ networkId: 'n', municipalityId: '1124', leftOn: '2024-01-01', endedBy: 'NETWORK' });
  });

  it('accepts the same envelope given as a string', () => {
    const input = envelope({ type: 'NetworkCreated', data: { networkId: 'n', name: 'Jæren', region: 'Rogaland' } });
    const result = parseEvent(JSON.stringify(input));
    expect(result.ok).toBe(true);
  });

  it('strips payload fields the schema does not know (consumers only see the contract)', () => {
    const result = parseEvent(raw(envelope({ data: { ...launched(), internalNote: 'do not leak' } })));
    if (!result.ok) throw new Error(result.reason);
    expect(result.event.data).not.toHaveProperty('internalNote');
  });

  it('rejects a null message (tombstone)', () => {
    expect(reasonOf(parseEvent(null))).toBe('empty message');
  });

  it.each([['not json'], ['{"specversion": "1.0",'], ['']])('rejects non-JSON input %j', (input) => {
    expect(reasonOf(parseEvent(input))).toBe('message is not JSON');
  });

  it('rejects JSON that is not an object', () => {
    expect(reasonOf(parseEvent('42'))).toMatch(/^invalid envelope/);
    expect(reasonOf(parseEvent('null'))).toMatch(/^invalid envelope/);
  });

  it('rejects a wrong specversion', () => {
    const reason = reasonOf(parseEvent(raw(envelope({ specversion: '0.3' }))));
    expect(reason).toMatch(/^invalid envelope/);
    expect(reason).toContain('specversion');
  });

  it.each([
    ['id that is not a uuid', { id: 'evt-1' }, 'id'],
    ['time without offset', { time: '2025-03-01T10:00:00' }, 'time'],
    ['missing subject', { subject: undefined }, 'subject'],
    ['non-JSON content type', { datacontenttype: 'text/plain' }, 'datacontenttype'],
    ['zero dataversion', { dataversion: 0 }, 'dataversion'],
    ['fractional dataversion', { dataversion: 1.5 }, 'dataversion'],
  ])('rejects an envelope with %s', (_label, overrides, field) => {
    const reason = reasonOf(parseEvent(raw(envelope(overrides))));
    expect(reason).toMatch(/^invalid envelope/);
    expect(reason).toContain(field);
  });

  it('rejects an unknown event type', () => {
    expect(reasonOf(parseEvent(raw(envelope({ type: 'InitiativeExploded' }))))).toBe('unknown event type InitiativeExploded');
  });

  it('does not treat Object.prototype members as event types', () => {
    expect(reasonOf(parseEvent(raw(envelope({ type: 'toString' }))))).toBe('unknown event type toString');
    expect(reasonOf(parseEvent(raw(envelope({ type: '__proto__' }))))).toBe('unknown event type __proto__');
  });

  it('rejects an unknown version of a known type', () => {
    expect(reasonOf(parseEvent(raw(envelope({ dataversion: 2 }))))).toBe('unknown version 2 of InitiativeLaunched');
  });

  it('rejects a five-digit municipality number in targetMunicipalityIds, naming the type and version', () => {
    const reason = reasonOf(parseEvent(raw(envelope({ data: { ...launched(), targetMunicipalityIds: ['1124', '12345'] } }))));
    expect(reason).toMatch(/^invalid InitiativeLaunched v1 payload/);
    expect(reason).toContain('targetMunicipalityIds');
    expect(reason).toContain('a municipality number has four digits');
  });

  it('rejects an InitiativeLaunched with no target municipalities', () => {
    const reason = reasonOf(parseEvent(raw(envelope({ data: { ...launched(), targetMunicipalityIds: [] } }))));
    expect(reason).toMatch(/^invalid InitiativeLaunched v1 payload/);
    expect(reason).toContain('targetMunicipalityIds');
  });

  it.each([
    ['a missing required field', { goalId: undefined }, 'goalId'],
    ['an unknown benefit type', { expectedBenefits: [{ ...launched().expectedBenefits[0], type: 'MAGIC' }] }, 'expectedBenefits'],
    ['a launch date that is not a datetime', { launchedAt: '2025-03-01' }, 'launchedAt'],
    ['an empty id', { initiativeId: '' }, 'initiativeId'],
  ])('rejects a payload with %s', (_label, patch, field) => {
    const reason = reasonOf(parseEvent(raw(envelope({ data: { ...launched(), ...patch } }))));
    expect(reason).toMatch(/^invalid InitiativeLaunched v1 payload/);
    expect(reason).toContain(field);
  });

  it('rejects an envelope without data, and a null payload', () => {
    const missing = reasonOf(parseEvent(raw(envelope({ data: undefined }))));
    expect(missing).toMatch(/^invalid envelope/);
    expect(missing).toContain('data');
    expect(reasonOf(parseEvent(raw(envelope({ data: null }))))).toMatch(/^invalid InitiativeLaunched v1 payload/);
  });
});

describe('event registry', () => {
  it('knows every registered type and nothing else', () => {
    for (const type of Object.keys(EVENT_PAYLOAD_SCHEMAS)) expect(isKnownEventType(type)).toBe(true);
    expect(isKnownEventType('initiativelaunched')).toBe(false);
    expect(isKnownEventType('hasOwnProperty')).toBe(false);
  });

  it('reports version 1 as the latest version of InitiativeLaunched and has no schema for version 2', () => {
    expect(latestVersion('InitiativeLaunched')).toBe(1);
    expect(payloadSchema('InitiativeLaunched', 1)).toBeDefined();
    expect(payloadSchema('InitiativeLaunched', 2)).toBeUndefined();
  });
});
