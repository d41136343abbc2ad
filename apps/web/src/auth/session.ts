import { createContext, useContext } from 'react';

export type Grant =
  | { role: 'network-admin'; network: string }
  | { role: 'municipality-editor'; municipality: string }
  | { role: 'analyst' }
  | { role: 'participant' };

export interface Session {
  token: string;
  name: string;
  grants: Grant[];
}

/**
 * Tokens live in sessionStorage (this tab only, gone when it closes), never in localStorage,
 * so another tab or a later visitor on a shared PC does not inherit a sign-in.
 */
const KEY = 'samspill.session';

export function loadSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    return tokenExpired(session.token) ? null : session;
  } catch {
    return null;
  }
}

export function storeSession(session: Session | null): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}

/** Reads (does not verify: the gateway does) the claims a UI needs from a JWT. */
export function claimsOf(token: string): { name?: string; sub?: string; exp?: number; samspill_roles?: Grant[] } {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0))));
  } catch {
    return {};
  }
}

function tokenExpired(token: string): boolean {
  const { exp } = claimsOf(token);
  return typeof exp === 'number' && exp * 1000 < Date.now();
}

export function sessionFromToken(token: string): Session {
  const claims = claimsOf(token);
  return { token, name: claims.name ?? claims.sub ?? '', grants: claims.samspill_roles ?? [] };
}

/** What the signed-in person may do, for showing or hiding controls (the API decides for real). */
export interface Abilities {
  signedIn: boolean;
  isAdmin(networkId: string): boolean;
  isAnalyst: boolean;
  isParticipant: boolean;
  canEdit(municipalityId: string): boolean;
  editorOf: string | null;
  seesMatrixReadModel(networkId: string): boolean;
}

export function abilitiesOf(session: Session | null): Abilities {
  const grants = session?.grants ?? [];
  const isAnalyst = grants.some((g) => g.role === 'analyst');
  const isAdmin = (networkId: string) => grants.some((g) => g.role === 'network-admin' && g.network === networkId);
  const editor = grants.find((g): g is Extract<Grant, { role: 'municipality-editor' }> => g.role === 'municipality-editor');
  return {
    signedIn: session !== null,
    isAdmin,
    isAnalyst,
    isParticipant: grants.some((g) => g.role === 'participant'),
    canEdit: (m) => grants.some((g) => g.role === 'municipality-editor' && g.municipality === m),
    editorOf: editor?.municipality ?? null,
    seesMatrixReadModel: (networkId) => isAnalyst || isAdmin(networkId),
  };
}

export interface SessionContextValue {
  session: Session | null;
  abilities: Abilities;
  setSession(session: Session | null): void;
}

export const SessionContext = createContext<SessionContextValue>({
  session: null,
  abilities: abilitiesOf(null),
  setSession: () => undefined,
});

export const useSession = () => useContext(SessionContext);
