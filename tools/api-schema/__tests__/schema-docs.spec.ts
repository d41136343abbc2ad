import { buildSchema } from 'graphql';
import { documentationReport, percentage } from '../schema-docs';

describe('schema documentation report', () => {
  it('finds every undocumented type, field, argument, input field and enum value', () => {
    const schema = buildSchema(`
      "The root." type Query { "Doc." a(x: Int, "Doc." y: Int): Int  b: Colour }
      enum Colour { "Doc." RED GREEN }
      input Filter { "Doc." a: Int b: Int }
      type Extra { f(i: Filter): Int }
    `);
    const report = documentationReport(schema);
    expect(report.missing.sort()).toEqual(['Colour', 'Colour.GREEN', 'Extra', 'Extra.f', 'Extra.f(i:)', 'Filter', 'Filter.b', 'Query.a(x:)', 'Query.b'].sort());
    expect(report.total).toBe(14);
    expect(percentage(report)).toBe(35.7);
  });
});
