import { randomUUID } from 'node:crypto';
import type { EventEnvelope, EventPayload, EventType } from '@samspill/contracts';
import type { Identity } from '@samspill/server-auth';

/** A raw envelope as network-strategy's outbox relay would publish it. */
export function envelope<T extends EventType>(type: T, subject: string, data: EventPayload<T>): EventEnvelope {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: '/samspill/network-strategy',
    type,
    subject,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    dataversion: 1,
    data,
  };
}

export function launched(initiativeId: string, targets: string[], title = 'Digital innbyggerdialog'): EventEnvelope {
  return envelope('InitiativeLaunched', initiativeId, {
    initiativeId,
    networkId: 'digi-rogaland',
    goalId: randomUUID(),
    title,
    launchedAt: new Date().toISOString(),
    targetMunicipalityIds: targets,
    expectedBenefits: [],
  });
}

export const editorOf = (municipality: string): Identity => ({
  subject: `editor-${municipality}`,
  name: `Editor ${municipality}`,
  grants: [{ role: 'municipality-editor', municipality }],
});

export const adminOf = (network: string): Identity => ({ subject: `admin-${network}`, name: `Admin ${network}`, grants: [{ role: 'network-admin', network }] });
