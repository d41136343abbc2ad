import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, validate } from 'graphql';
import { apiSchema } from '../api-schema';

/** Every example operation in docs/api.md is valid against the public API schema, so the docs cannot rot. */
describe('docs/api.md examples', () => {
  const doc = readFileSync(join(__dirname, '../../../docs/api.md'), 'utf8');
  const blocks = [...doc.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
  const schema = apiSchema();

  it('has examples', () => expect(blocks.length).toBeGreaterThanOrEqual(5));

  it.each(blocks.map((b, i) => [i, b]))('example %i validates', (_i, block) => {
    expect(validate(schema, parse(block as string)).map((e) => e.message)).toEqual([]);
  });
});
