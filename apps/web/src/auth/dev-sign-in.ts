import type { Grant } from './session';

export interface Persona {
  id: string;
  name: string;
  grants: Grant[];
}

/** The development personas the gateway offers (404 in production). */
export async function fetchPersonas(): Promise<Persona[]> {
  const res = await fetch('/dev/personas');
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return ((await res.json()) as { personas: Persona[] }).personas;
}

export async function devSignIn(persona: string): Promise<string> {
  const res = await fetch('/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona }),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}
