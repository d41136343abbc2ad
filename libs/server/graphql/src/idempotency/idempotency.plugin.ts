import { createHash } from 'node:crypto';
import { ApolloServerPlugin, GraphQLRequestContext, GraphQLResponse, HeaderMap } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '@samspill/server-config';
import { causedByDatabaseOutage } from '@samspill/server-db';
import { ErrorCode } from '../errors';
import type { RequestContext } from '../request-context';
import { IdempotencyStore } from './idempotency-store';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\w.:-]{1,200}$/;

/**
 * Idempotent mutations for every resolver at once (issue 9). A mutation sent with an
 * `Idempotency-Key` header (forwarded by the gateway) is executed once per (caller, key):
 * a retry with the same key and the same request gets the first response back and changes
 * nothing; the same key with a different request is refused (IDEMPOTENCY_KEY_REUSED); a retry
 * while the first is still running gets a retryable CONFLICT. A mutation that failed as a whole
 * (no data: its transaction rolled back) releases the key, so a retry runs it again. Queries
 * and requests without the header are untouched.
 *
 * Known limit: if the process dies after the mutation committed but before its response was
 * stored, the claim stays IN_PROGRESS for 30 s and a retry after that runs the mutation again
 * (use cases then answer with their own CONFLICT/ILLEGAL_TRANSITION, e.g. a decided case).
 */
export function idempotencyPlugin<T>(store: IdempotencyStore, logger: Logger): ApolloServerPlugin<RequestContext<T>> {
  return {
    async requestDidStart() {
      let claimed: { caller: string; key: string } | null = null;
      return {
        async responseForOperation(ctx): Promise<GraphQLResponse | null> {
          if (ctx.operation?.operation !== 'mutation') return null;
          const key = ctx.request.http?.headers.get(IDEMPOTENCY_KEY_HEADER);
          if (key === undefined || key === '') return null;
          if (!KEY_PATTERN.test(key)) {
            return errorResponse({ message: 'Idempotency-Key must be 1–200 letters, digits or . _ : -', extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'Idempotency-Key' } });
          }
          const caller = ctx.contextValue.identity.subject ?? 'anonymous';
          let claim: Awaited<ReturnType<IdempotencyStore['claim']>>;
          try {
            claim = await store.claim(caller, key, requestHash(ctx));
          } catch (err) {
            // Thrown here it would bypass formatError and reach the client as a bare HTTP 500.
            if (!causedByDatabaseOutage(err)) throw err;
            return errorResponse({ message: 'the service is temporarily unavailable; retry the request', extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true } });
          }
          switch (claim.kind) {
            case 'claimed':
              claimed = { caller, key };
              return null;
            case 'replay':
              logger.info({ key }, 'idempotent retry answered with the first response');
              return { http: { status: undefined, headers: new HeaderMap([['idempotent-replay', 'true']]) }, body: { kind: 'single', singleResult: claim.response } };
            case 'mismatch':
              return errorResponse({ message: 'this Idempotency-Key was already used for a different request', extensions: { code: ErrorCode.IDEMPOTENCY_KEY_REUSED } });
            case 'in-progress':
              return errorResponse({ message: 'a request with this Idempotency-Key is still in progress; retry shortly', extensions: { code: ErrorCode.CONFLICT, retryable: true } });
          }
        },
        async willSendResponse({ response }) {
          if (!claimed || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          const { caller, key } = claimed;
          claimed = null;
          try {
            if (data === null || data === undefined) await store.release(caller, key);
            else await store.complete(caller, key, { data, ...(errors ? { errors } : {}) });
          } catch (err) {
            // The mutation itself succeeded; a retry inside the lease gets a retryable CONFLICT.
            logger.error({ err, key }, 'could not store the idempotent response');
          }
        },
      };
    },
  };
}

function requestHash(ctx: GraphQLRequestContext<object>): string {
  const { query, variables, operationName } = ctx.request;
  return createHash('sha256').update(JSON.stringify({ query, variables: variables ?? {}, operationName: operationName ?? null })).digest('hex');
}

function errorResponse(error: GraphQLFormattedError): GraphQLResponse {
  return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { errors: [error] } } };
}
