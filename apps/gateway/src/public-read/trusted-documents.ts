import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Kind, OperationTypeNode, parse } from 'graphql';

export interface TrustedDocument {
  id: string;
  document: string;
  operationName: string | null;
}

/** `sha256:<hex of the document text>`: the id GraphQL Code Generator's persisted documents and Hive use. */
export const trustedDocumentId = (document: string) => `sha256:${createHash('sha256').update(document).digest('hex')}`;

/**
 * The operations registered at build time (apps/embed/trusted-documents.json, written by
 * `npm run embed:documents`). Only queries are accepted: a trusted document is a public read.
 * A file whose id does not match its text stops the gateway, so a tampered or stale manifest
 * is noticed at start, not at the first request.
 */
export function loadTrustedDocuments(path: string): ReadonlyMap<string, TrustedDocument> {
  let raw: Record<string, string>;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  } catch (err) {
    throw new Error(`cannot read the trusted documents at ${path} (TRUSTED_DOCUMENTS_PATH; run \`npm run embed:documents\`): ${(err as Error).message}`);
  }
  const documents = new Map<string, TrustedDocument>();
  for (const [id, document] of Object.entries(raw)) {
    if (trustedDocumentId(document) !== id) throw new Error(`trusted document ${id} in ${path} does not match its text`);
    const operations = parse(document).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (operations.length !== 1 || operations[0].operation !== OperationTypeNode.QUERY) {
      throw new Error(`trusted document ${id} in ${path} must hold exactly one query`);
    }
    documents.set(id, { id, document, operationName: operations[0].name?.value ?? null });
  }
  return documents;
}
