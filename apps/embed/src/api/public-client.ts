import { DOCUMENT_IDS, DocumentName } from './document-ids';

export class NotFoundError extends Error {}

/** The gateway this module was served from: /embed/samspill.js and /graphql share an origin. */
export const defaultApi = () => new URL('/graphql', import.meta.url).href;

/**
 * Runs a trusted document by id with a plain GET: no custom headers and no credentials, so a
 * cross-origin read needs no preflight and any cache on the way may serve it. `no-cache`
 * makes the browser revalidate with If-None-Match each time; an unchanged answer is a 304.
 */
export async function readPublic<T>(api: string, document: DocumentName, variables: Record<string, string>, signal?: AbortSignal): Promise<T> {
  const url = new URL(api);
  url.searchParams.set('documentId', DOCUMENT_IDS[document]);
  url.searchParams.set('variables', JSON.stringify(variables));
  const res = await fetch(url, { cache: 'no-cache', credentials: 'omit', mode: 'cors', signal });
  const body = (await res.json()) as { data?: T; errors?: { extensions?: { code?: string } }[] };
  if (body.errors?.some((e) => e.extensions?.code === 'NOT_FOUND')) throw new NotFoundError();
  if (!res.ok || body.errors?.length || !body.data) throw new Error(`Samspill answered ${res.status}`);
  return body.data;
}
