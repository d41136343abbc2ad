import { ApolloServer, HeaderMap } from '@apollo/server';
import { buildSchema } from 'graphql';
import { formatGatewayError } from '../gateway-errors';
import { maxTokensMiddleware, queryLimitRules } from '../query-limits';

// A self-referencing type so a query can nest as deep as it likes.
const schema = buildSchema(`type Query { node: Node }  type Node { id: ID  child: Node }`);
const rootValue = { node: () => ({ id: '1', child: null }) };

async function post(server: ApolloServer, query: string) {
  const res = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: 'POST',
      headers: new HeaderMap([['content-type', 'application/json']]),
      search: '',
      body: { query },
    },
    context: async () => ({}),
  });
  if (res.body.kind !== 'complete') throw new Error('expected a complete response');
  return { status: res.status ?? 200, body: JSON.parse(res.body.string) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] } };
}

// Depth counts every field level, the leaf included: `{ node { id } }` is 2 deep.
const nested = (depth: number) => `{ node ${'{ child '.repeat(depth - 2)}{ id }${' }'.repeat(depth - 2)} }`;
const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: node { id }`).join(' ')} }`;

describe('query shape limits', () => {
  let server: ApolloServer;

  beforeAll(async () => {
    server = new ApolloServer({
      schema,
      rootValue,
      validationRules: queryLimitRules({ maxDepth: 5, maxAliases: 3 }),
      includeStacktraceInErrorResponses: false,
      formatError: (formatted, error) => formatGatewayError(formatted, error, () => undefined),
    });
    await server.start();
  });

  afterAll(() => server.stop());

  it('lets a query within every limit through', async () => {
    const res = await post(server, nested(5));
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  });

  it('rejects a query that is too deep as a validation error, without executing it', async () => {
    const res = await post(server, nested(6));
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toEqual([
      expect.objectContaining({ message: 'Query depth limit of 5 exceeded, found 6.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
    ]);
  });

  it('counts depth through fragments', async () => {
    const res = await post(server, `{ node { child { ...deep } } } fragment deep on Node { child { child { child { id } } } }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('rejects too many aliases', async () => {
    expect((await post(server, aliased(3))).status).toBe(200);
    const res = await post(server, aliased(4));
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/aliases/i), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('still reports plain syntax errors as parse failures', async () => {
    const res = await post(server, '{ node { id }');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('token limit', () => {
  function run(query: unknown, method = 'POST') {
    const sent: { status?: number; body?: unknown; passed: boolean } = { passed: false };
    const req = { method, body: { query }, query: { query } };
    const res = {
      status(code: number) {
        sent.status = code;
        return this;
      },
      json(body: unknown) {
        sent.body = body;
      },
    };
    maxTokensMiddleware(10)(req as never, res as never, () => void (sent.passed = true));
    return sent;
  }

  it('passes a document within the limit', () => {
    expect(run('{ node { id } }').passed).toBe(true); // 6 tokens
  });

  it('refuses a document over the limit with a coded error, before Apollo sees it', () => {
    const sent = run('{ node { id child { id child { id } } } }');
    expect(sent).toEqual({
      passed: false,
      status: 400,
      body: { errors: [{ message: 'the query has more than 10 tokens', extensions: { code: 'BAD_USER_INPUT' } }] },
    });
  });

  it('checks GET requests too', () => {
    expect(run('{ node { id child { id child { id } } } }', 'GET').status).toBe(400);
  });

  it('leaves syntax errors and missing queries to Apollo', () => {
    expect(run('{ node {').passed).toBe(true);
    expect(run(undefined).passed).toBe(true);
  });
});
