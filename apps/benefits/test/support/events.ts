import { randomUUID } from 'node:crypto';
import type { EventEnvelope, EventPayload, EventType } from '@samspill/contracts';
import type { Identity } from '@samspill/server-auth';

/** A raw envelope as the owning service's outbox relay would publish it. */
export function envelope<T extends EventType>(type: T, subject: string, data: EventPayload<T>, source = '/samspill/network-strategy'): EventEnvelope {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source,
    type,
    subject,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    dataversion: 1,
    data,
  };
}

export const editorOf = (municipality: string): Identity => ({
  subject: `editor-${municipality}`,
  name: `Editor ${municipality}`,
  grants: [{ role: 'municipality-editor', municipality }],
});

export const adminOf = (network: string): Identity => ({ subject: `admin-${network}`, name: `Admin ${network}`, grants: [{ role: 'network-admin', network }] });

export const ANALYST: Identity = { subject: 'analyst', name: 'Analyst', grants: [{ role: 'analyst' }] };

/** Independent of the service's code: exact hundredths and six-decimal ratios with bigint. */
export const cents = (s: string) => {
  const [whole, frac = ''] = s.replace('-', '').split('.');
  const v = BigInt(whole) * 100n + BigInt((frac + '00').slice(0, 2));
  return s.startsWith('-') ? -v : v;
};
export const fmt = (c: bigint) => `${c < 0n ? '-' : ''}${(c < 0n ? -c : c) / 100n}.${((c < 0n ? -c : c) % 100n).toString().padStart(2, '0')}`;
export function ratio(num: bigint, den: bigint): string {
  const scaled = num * 1_000_000n;
  let q = scaled / den;
  const r = scaled % den;
  if ((r < 0n ? -r : r) * 2n >= (den < 0n ? -den : den)) q += (scaled < 0n) !== (den < 0n) ? -1n : 1n;
  const abs = q < 0n ? -q : q;
  return `${q < 0n ? '-' : ''}${abs / 1_000_000n}.${(abs % 1_000_000n).toString().padStart(6, '0')}`;
}
