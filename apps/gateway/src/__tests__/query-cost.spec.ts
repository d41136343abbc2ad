import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  DocumentNode,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  OperationDefinitionNode,
  parse,
  typeFromAST,
} from 'graphql';
import { costModel } from '../limits/cost-model';
import { costLimitsEnvShape } from '../limits/limits.config';
import { CostModel, estimateCost } from '../limits/query-cost';

const schema = buildSchema(`
  type Query {
    network(id: ID!): Network
    networks(first: Int! = 20, after: String): NetworkConnection!
    tags: [String!]!
    count: Int!
  }
  type Network { id: ID!  name: String!  members: [Member!]!  strategies: [Strategy!]! }
  type Member { id: ID!  municipality: Municipality! }
  type Municipality { id: ID!  projects(first: Int): [Project!]! }
  type Project { id: ID!  name: String! }
  type Strategy { id: ID! }
  type NetworkConnection { edges: [NetworkEdge!]!  pageInfo: PageInfo!  totalCount: Int! }
  type NetworkEdge { cursor: String!  node: Network! }
  type PageInfo { hasNextPage: Boolean! }
`);
const model: CostModel = { defaultListSize: 10, listSizes: { 'Network.strategies': 3 }, fieldCosts: { 'Query.count': 50 } };
const cost = (query: string, variables?: Record<string, unknown>) => estimateCost(schema, parse(query), variables, undefined, model).cost;

describe('query cost estimate', () => {
  it('counts objects, not scalars', () => {
    expect(cost('{ network(id: "a") { id name } }')).toBe(1);
    expect(cost('{ tags }')).toBe(0);
  });

  it('multiplies an unpaginated list by its assumed size, or the default', () => {
    expect(cost('{ network(id: "a") { members { id } } }')).toBe(1 + 10 * 1);
    expect(cost('{ network(id: "a") { strategies { id } } }')).toBe(1 + 3 * 1);
  });

  it('multiplies by `first`, from a literal, a variable or the schema default', () => {
    expect(cost('{ networks(first: 5) { totalCount } }')).toBe(1);
    expect(cost('{ networks(first: 5) { edges { node { id } } } }')).toBe(1 + 5 * (1 + 1));
    expect(cost('query($n: Int!) { networks(first: $n) { edges { node { id } } } }', { n: 50 })).toBe(1 + 50 * 2);
    expect(cost('{ networks { edges { node { id } } } }')).toBe(1 + 20 * 2);
  });

  it('multiplies nested lists, as the response does', () => {
    // 5 networks × (edge + node + 10 members × (member + municipality + 7 projects))
    expect(cost('{ networks(first: 5) { edges { node { members { municipality { projects(first: 7) { name } } } } } } }')).toBe(1 + 5 * (1 + 1 + 10 * (1 + 1 + 7 * 1)));
  });

  it('never lowers the estimate for a zero, negative or absurd page size', () => {
    const one = cost('{ networks(first: 1) { edges { node { id } } } }');
    expect(cost('{ networks(first: 0) { edges { node { id } } } }')).toBe(one);
    expect(cost('{ networks(first: -1000000) { edges { node { id } } } }')).toBe(one);
    expect(cost('{ networks(first: 2147483647) { edges { node { id } } } }')).toBeGreaterThan(1e9);
  });

  it('adds the extra cost of expensive fields, and counts every alias', () => {
    expect(cost('{ count }')).toBe(50);
    expect(cost('{ a: count b: count }')).toBe(100);
  });

  it('counts fragments where they are spread', () => {
    expect(cost('{ networks(first: 4) { edges { node { ...n } } } } fragment n on Network { members { id } }')).toBe(1 + 4 * (1 + 1 + 10));
  });

  it('leaves variables that do not coerce to execution (it refuses them before any subgraph is called)', () => {
    expect(cost('query($n: Int!) { networks(first: $n) { totalCount } }', { n: 'many' })).toBeNull();
  });

  it('puts a query too large to estimate beyond any budget', () => {
    const frags = Array.from({ length: 12 }, (_, i) => `fragment f${i} on Network { ${i === 11 ? 'id' : `a: members { municipality { id } } ...f${i + 1} b: strategies { id } ...f${i + 1}`} }`);
    expect(cost(`{ network(id: "a") { ...f0 } } ${frags.join(' ')}`)).toBe(Infinity);
  });
});

/** A value of the input type, for estimating a document's cost (page sizes use their defaults). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sample(f.type)]));
  }
  return ({ Int: 1, Float: 1, Boolean: true, DateTimeISO: '2026-01-01T00:00:00.000Z', Date: '2026-01-01' } as Record<string, unknown>)[type.name] ?? 'x';
}

function sampleVariables(api: GraphQLSchema, document: DocumentNode): Record<string, unknown> {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return Object.fromEntries((operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, sample(typeFromAST(api, v.type as never) as GraphQLInputType)]));
}

describe('the default budget', () => {
  const root = join(__dirname, '../../../..');
  const api = buildSchema(readFileSync(join(root, 'libs/client/schema.graphql'), 'utf8'));
  const budget = costLimitsEnvShape.COST_BUDGET.parse(undefined);
  const gatewayModel = costModel({ COST_DEFAULT_LIST_SIZE: costLimitsEnvShape.COST_DEFAULT_LIST_SIZE.parse(undefined) });
  const trusted = JSON.parse(readFileSync(join(root, 'apps/embed/trusted-documents.json'), 'utf8')) as Record<string, string>;
  // The web app's operations, as written in libs/client (the gateway may not import the client lib).
  const operationsDir = join(root, 'libs/client/src/operations');
  const sources = readdirSync(operationsDir).flatMap((file) => [...readFileSync(join(operationsDir, file), 'utf8').matchAll(/graphql\(`([^`]*)`\)/g)].map((m) => m[1]));
  const fragments = sources.filter((s) => /^\s*fragment /.test(s)).join('\n');
  const documents: [string, DocumentNode][] = [
    ...sources
      .filter((s) => !/^\s*fragment /.test(s))
      .map((s) => [/(query|mutation) (\w+)/.exec(s)![2], parse(/\.\.\.\w/.test(s) ? `${s}\n${fragments}` : s)] as [string, DocumentNode]),
    ...Object.entries(trusted).map(([id, query]) => [`trusted ${id}`, parse(query)] as [string, DocumentNode]),
  ];

  it.each(documents)('fits every operation of the web app and the embeds: %s', (_name, document) => {
    const estimate = estimateCost(api, document, sampleVariables(api, document), undefined, gatewayModel);
    expect(estimate.cost).not.toBeNull();
    expect(estimate.cost).toBeLessThanOrEqual(budget);
  });

  it('refuses the nested adoption-case query that returned 51,000 objects (issue 11)', () => {
    const query = '{ municipalities { edges { node { adoptionCases { initiative { adoptionCases { project { statusReports { overall } } } } } } } } }';
    expect(estimateCost(api, parse(query), {}, undefined, gatewayModel).cost).toBeGreaterThan(budget);
  });
});
