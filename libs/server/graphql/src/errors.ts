import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { causedByDatabaseOutage } from '@samspill/server-db';

/** Every error a client can see carries one of these codes in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  /** A dependency (database, a subgraph) is unreachable for now; `extensions.retryable` is true. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** An Idempotency-Key sent again with a different request. */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** An expected failure of a use case; its message is written for the API's users. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (entity: string, id: string) =>
  new DomainError(ErrorCode.NOT_FOUND, `${entity} ${id} does not exist`, { entity, id });
export const badInput = (message: string, field?: string) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
export const forbidden = (message = 'you are not allowed to do this') => new DomainError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = 'sign in to do this') => new DomainError(ErrorCode.UNAUTHENTICATED, message);
export const conflict = (message: string) => new DomainError(ErrorCode.CONFLICT, message);
export const illegalTransition = (entity: string, from: string, to: string) =>
  new DomainError(ErrorCode.ILLEGAL_TRANSITION, `${entity} cannot go from ${from} to ${to}`, { from, to });

/** Codes produced by graphql-js / Apollo itself for malformed requests; passed through as they are. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

function validationDetails(error: unknown): unknown[] | undefined {
  const list = (error as { extensions?: { validationErrors?: unknown[] } }).extensions?.validationErrors;
  return list?.map((v) => {
    const { property, constraints, children } = v as { property: string; constraints?: object; children?: unknown[] };
    return { property, constraints, children: children?.length ? children : undefined };
  });
}

/**
 * The one mapper from thrown errors to what clients see. Domain and validation errors keep
 * their message and code; anything unexpected becomes a bare INTERNAL_SERVER_ERROR (logged
 * by the caller), so no stack trace or internal detail ever leaves the process.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  onInternal: (error: unknown) => void = () => undefined,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { ...original.details, code: original.code } };
  }
  // type-graphql's ArgumentValidationError is a GraphQLError, so its `name` is 'GraphQLError'.
  const name = (original as Error | undefined)?.name;
  if (original instanceof ArgumentValidationError || name === 'ArgumentValidationError') {
    return {
      ...base,
      message: 'input is invalid',
      extensions: { code: ErrorCode.BAD_USER_INPUT, validationErrors: validationDetails(original) },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code) && !(original instanceof Error && !(original instanceof GraphQLError))) {
    return { ...base, extensions: { code } };
  }
  if (causedByDatabaseOutage(original)) {
    return { ...base, message: 'the service is temporarily unavailable; retry the request', extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true } };
  }
  onInternal(original);
  return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
