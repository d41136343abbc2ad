import type { DataSource } from 'typeorm';
import type { GraphQLSchema } from 'graphql';
import { coordinateExists, SchemaDescriptions } from '@samspill/server-graphql';
import { buildNetworkStrategySchema } from '../../../apps/network-strategy/src/schema';
import { NETWORK_STRATEGY_DESCRIPTIONS } from '../../../apps/network-strategy/src/schema-descriptions';
import { buildPortfoliosSchema } from '../../../apps/portfolios/src/schema';
import { PORTFOLIOS_DESCRIPTIONS } from '../../../apps/portfolios/src/schema-descriptions';
import { buildConsultationSchema } from '../../../apps/consultation/src/schema';
import { CONSULTATION_DESCRIPTIONS } from '../../../apps/consultation/src/schema-descriptions';
import { buildBenefitsSchema } from '../../../apps/benefits/src/schema';
import { BENEFITS_DESCRIPTIONS } from '../../../apps/benefits/src/schema-descriptions';

/** Each service's description map names only elements its schema has: a renamed field fails here, not silently. */
describe('schema description maps', () => {
  // Schema building only wires services to the data source; nothing is queried.
  const ds = {} as DataSource;
  const cases: [string, (ds: DataSource) => Promise<GraphQLSchema>, SchemaDescriptions][] = [
    ['network-strategy', buildNetworkStrategySchema, NETWORK_STRATEGY_DESCRIPTIONS],
    ['portfolios', buildPortfoliosSchema, PORTFOLIOS_DESCRIPTIONS],
    ['consultation', buildConsultationSchema, CONSULTATION_DESCRIPTIONS],
    ['benefits', buildBenefitsSchema, BENEFITS_DESCRIPTIONS],
  ];

  it.each(cases)('%s describes only elements that exist', async (_name, build, descriptions) => {
    const schema = await build(ds);
    expect(Object.keys(descriptions).filter((c) => !coordinateExists(schema, c))).toEqual([]);
  });
});
