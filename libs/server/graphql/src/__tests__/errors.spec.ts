import { execute, GraphQLError, GraphQLFormattedError, locatedError, OperationDefinitionNode, parse, Source } from 'graphql';
import { Args, ArgumentValidationError, buildSchema, Int, Query, Resolver } from 'type-graphql';
import { DomainError, ErrorCode, badInput, formatError, illegalTransition, notFound } from '../errors';
import { ForwardPageArgs } from '../pagination';

const QUERY = new Source('query { networks(first: 1000) { totalCount } }');
const OPERATION = parse(QUERY).definitions[0] as OperationDefinitionNode;
const FIELD_NODE = OPERATION.selectionSet.selections[0];

/**
 * What graphql-js hands Apollo for an error thrown inside a resolver: a GraphQLError with a
 * path and the thrown value as `originalError`. Apollo's own formatting adds a default code
 * and (outside production) a stack trace to the formatted error.
 */
function thrownInResolver(thrown: unknown): { error: GraphQLError; formatted: GraphQLFormattedError } {
  const error = locatedError(thrown, FIELD_NODE, ['networks']);
  const json = error.toJSON();
  const formatted: GraphQLFormattedError = {
    ...json,
    extensions: {
      code: 'INTERNAL_SERVER_ERROR',
      ...json.extensions,
      stacktrace: (error.originalError?.stack ?? '').split('\n'),
    },
  };
  return { error, formatted };
}

describe('formatError', () => {
  it('keeps a DomainError\'s message, code and details, and adds location and path', () => {
    const onInternal = jest.fn();
    const { error, formatted } = thrownInResolver(notFound('Network', 'digi-rogaland'));

    const result = formatError(formatted, error, onInternal);

    expect(result).toEqual({
      message: 'Network digi-rogaland does not exist',
      locations: [{ line: 1, column: 9 }],
      path: ['networks'],
      extensions: { code: ErrorCode.NOT_FOUND, entity: 'Network', id: 'digi-rogaland' },
    });
    expect(onInternal).not.toHaveBeenCalled();
  });

  it.each([
    [badInput('title must not be empty', 'title'), ErrorCode.BAD_USER_INPUT, { field: 'title' }],
    [illegalTransition('Strategy', 'SUPERSEDED', 'DRAFT'), ErrorCode.ILLEGAL_TRANSITION, { from: 'SUPERSEDED', to: 'DRAFT' }],
    [new DomainError(ErrorCode.CONFLICT, 'already adopted'), ErrorCode.CONFLICT, {}],
  ])('maps %s to its own code', (domainError, code, details) => {
    const { error, formatted } = thrownInResolver(domainError);
    const result = formatError(formatted, error);
    expect(result.message).toBe(domainError.message);
    expect(result.extensions).toEqual({ code, ...details });
  });

  it('never lets details override the domain code', () => {
    const { error, formatted } = thrownInResolver(new DomainError(ErrorCode.NOT_FOUND, 'gone', { code: 'SOMETHING_ELSE' }));
    expect(formatError(formatted, error).extensions?.code).toBe(ErrorCode.NOT_FOUND);
  });

  it('turns an ArgumentValidationError-like error into BAD_USER_INPUT with the validation details', () => {
    const thrown = Object.assign(new Error('Argument Validation Error'), {
      name: 'ArgumentValidationError',
      extensions: {
        validationErrors: [
          { property: 'first', constraints: { max: 'first must not be greater than 100' }, children: [], value: 1000, target: { secret: 'x' } },
        ],
      },
    });
    const onInternal = jest.fn();
    const { error, formatted } = thrownInResolver(thrown);

    const result = formatError(formatted, error, onInternal);

    expect(result).toEqual({
      message: 'input is invalid',
      locations: [{ line: 1, column: 9 }],
      path: ['networks'],
      extensions: {
        code: ErrorCode.BAD_USER_INPUT,
        // Only property, constraints and non-empty children: never the rejected value or the target object.
        validationErrors: [{ property: 'first', constraints: { max: 'first must not be greater than 100' }, children: undefined }],
      },
    });
    expect(onInternal).not.toHaveBeenCalled();
  });

  it('treats type-graphql\'s real ArgumentValidationError (a GraphQLError) the same way', () => {
    const thrown = new ArgumentValidationError([
      { property: 'input', constraints: undefined, children: [{ property: 'title', constraints: { minLength: 'title is too short' }, children: [] }] },
    ] as never);
    const { error, formatted } = thrownInResolver(thrown);

    const result = formatError(formatted, error);

    expect(result.message).toBe('input is invalid');
    expect(result.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(result.extensions?.validationErrors).toEqual([
      { property: 'input', constraints: undefined, children: [{ property: 'title', constraints: { minLength: 'title is too short' }, children: [] }] },
    ]);
  });

  it('maps a validation failure from a real type-graphql schema to BAD_USER_INPUT naming the field', async () => {
    @Resolver()
    class PageResolver {
      @Query(() => Int)
      pageSize(@Args() args: ForwardPageArgs): number {
        return args.first;
      }
    }
    const schema = await buildSchema({ resolvers: [PageResolver], validate: { forbidUnknownValues: false }, emitSchemaFile: false });
    const result = await execute({ schema, document: parse('{ pageSize(first: 1000) }') });
    expect(result.errors).toHaveLength(1);
    const error = result.errors![0];

    const formatted = formatError(error.toJSON(), error);

    expect(formatted.message).toBe('input is invalid');
    expect(formatted.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(formatted.extensions?.validationErrors).toEqual([
      { property: 'first', constraints: { max: 'first must not be greater than 100' }, children: undefined },
    ]);
  });

  it('hides an unexpected error behind INTERNAL_SERVER_ERROR and reports it to onInternal', () => {
    const leak = new Error('db password leaked');
    const onInternal = jest.fn();
    const { error, formatted } = thrownInResolver(leak);
    expect(JSON.stringify(formatted)).toContain('db password leaked'); // the input really carries the secret

    const result = formatError(formatted, error, onInternal);

    expect(result).toEqual({
      message: 'Internal server error',
      locations: [{ line: 1, column: 9 }],
      path: ['networks'],
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    });
    expect(JSON.stringify(result)).not.toMatch(/password|stacktrace|errors\.spec/);
    expect(onInternal).toHaveBeenCalledTimes(1);
    expect(onInternal).toHaveBeenCalledWith(leak);
  });

  it('answers a database outage with a retryable SERVICE_UNAVAILABLE, without its detail', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { code: 'ECONNREFUSED' });
    const restarting = Object.assign(new Error('query failed'), { driverError: Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }) });
    // A failed connect reaches the resolver as a plain object (graphql-js wraps it as NonErrorThrown).
    const refusedObject = { errno: -111, code: 'ECONNREFUSED', syscall: 'connect', address: '10.0.0.5', port: 5432 };
    for (const cause of [refused, restarting, new Error('timeout exceeded when trying to connect'), refusedObject]) {
      const onInternal = jest.fn();
      const { error, formatted } = thrownInResolver(cause);
      const result = formatError(formatted, error, onInternal);
      expect(result.extensions).toEqual({ code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true });
      expect(JSON.stringify(result)).not.toMatch(/10\.0\.0\.5|administrator/);
      expect(onInternal).not.toHaveBeenCalled();
    }
  });

  it('hides a plain Error even when Apollo already gave it a client-error code', () => {
    const leak = new Error('connection to 10.0.0.5 refused');
    const { error, formatted } = thrownInResolver(leak);
    const onInternal = jest.fn();

    const result = formatError({ ...formatted, extensions: { code: 'BAD_USER_INPUT' } }, error, onInternal);

    expect(result.message).toBe('Internal server error');
    expect(result.extensions).toEqual({ code: ErrorCode.INTERNAL_SERVER_ERROR });
    expect(onInternal).toHaveBeenCalledWith(leak);
  });

  it('hides a thrown non-Error value', () => {
    const { error, formatted } = thrownInResolver('raw string from a driver');
    const onInternal = jest.fn();
    const result = formatError(formatted, error, onInternal);
    expect(result).toMatchObject({ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
    expect(JSON.stringify(result)).not.toContain('raw string');
    expect(onInternal).toHaveBeenCalledTimes(1);
  });

  it('hides a GraphQLError thrown by a resolver with a code that is not a client-error code', () => {
    const { error, formatted } = thrownInResolver(new GraphQLError('upstream said no', { extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' } }));
    const onInternal = jest.fn();
    expect(formatError(formatted, error, onInternal)).toMatchObject({
      message: 'Internal server error',
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    });
    expect(onInternal).toHaveBeenCalledTimes(1);
  });

  it('passes GraphQL validation errors through with their message and code only', () => {
    const validation = new GraphQLError('Cannot query field "nettverk" on type "Query".', {
      source: QUERY,
      positions: [8],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const formatted: GraphQLFormattedError = {
      ...validation.toJSON(),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['GraphQLError: ...', '    at validate (node_modules/graphql/...)'] },
    };
    const onInternal = jest.fn();

    const result = formatError(formatted, validation, onInternal);

    expect(result).toEqual({
      message: 'Cannot query field "nettverk" on type "Query".',
      locations: [{ line: 1, column: 9 }],
      path: undefined,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(onInternal).not.toHaveBeenCalled();
  });

  it('passes a parse error through', () => {
    const parseError = new GraphQLError('Syntax Error: Expected Name, found <EOF>.', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    const result = formatError({ message: parseError.message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }, parseError);
    expect(result).toMatchObject({ message: 'Syntax Error: Expected Name, found <EOF>.', extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  });
});
