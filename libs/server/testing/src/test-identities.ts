import type { Identity } from '@samspill/server-auth';

/** Identities as the gateway would forward them, for tests that call a subgraph directly. */
export const adminOf = (network: string): Identity => ({ subject: `admin-${network}`, name: `Admin ${network}`, grants: [{ role: 'network-admin', network }] });

export const editorOf = (municipality: string): Identity => ({
  subject: `editor-${municipality}`,
  name: `Editor ${municipality}`,
  grants: [{ role: 'municipality-editor', municipality }],
});

export const participant = (subject: string): Identity => ({ subject, name: `Navn ${subject}`, grants: [{ role: 'participant' }] });

export const ANALYST: Identity = { subject: 'analyst', name: 'Analyst', grants: [{ role: 'analyst' }] };
