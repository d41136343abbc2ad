import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildASTSchema, GraphQLObjectType, parse } from 'graphql';
import { ACCESS_POLICY, policyOperations } from '@samspill/server-auth';

/**
 * Every operation of the composed API has a row in the declared access policy, and every row
 * names something that exists: adding a query or mutation without deciding who may call it
 * fails CI here (issue 11). The matrix test tries the rows' cells.
 */
describe('access policy covers the composed schema', () => {
  const schema = buildASTSchema(parse(readFileSync(join(__dirname, '../../supergraph.graphql'), 'utf8')), { assumeValidSDL: true });
  const fieldsOf = (type: string) => Object.keys((schema.getType(type) as GraphQLObjectType).getFields());
  const operations = [...fieldsOf('Query').map((f) => `Query.${f}`), ...fieldsOf('Mutation').map((f) => `Mutation.${f}`)]
    // Federation's own entry points: the gateway resolves entities through them, clients cannot call them.
    .filter((op) => !op.startsWith('Query._'));

  it('has a row for every query and mutation', () => {
    const covered = policyOperations();
    expect(operations.filter((op) => !covered.has(op))).toEqual([]);
  });

  it('has no row for an operation or field that does not exist', () => {
    const missing = ACCESS_POLICY.map((r) => r.operation).filter((op) => {
      const [type, field] = op.split('.');
      const t = schema.getType(type);
      return !(t instanceof GraphQLObjectType) || !(field in t.getFields());
    });
    expect(missing).toEqual([]);
  });

  it('lists no actor twice in a row and names each row once per target', () => {
    for (const r of ACCESS_POLICY) expect(new Set(r.allow).size).toBe(r.allow.length);
    const keys = ACCESS_POLICY.map((r) => `${r.operation} @ ${r.target}`);
    expect(keys.length).toBe(new Set(keys).size);
  });
});
