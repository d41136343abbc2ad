import { ComplexityEstimator, ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { DocumentNode, GraphQLError, GraphQLSchema, isCompositeType, isListType, isNonNullType, getNamedType, GraphQLOutputType } from 'graphql';

export interface CostModel {
  /** Items assumed for a list that takes no `first`/`last` (its real size is not known before running it). */
  defaultListSize: number;
  /** Assumed lengths of particular lists without `first`, by `Type.field` (see list-sizes.ts). */
  listSizes?: Readonly<Record<string, number>>;
  /** Extra cost of fields known to be expensive beyond the objects they return (scans, aggregations), by `Type.field`. */
  fieldCosts?: Readonly<Record<string, number>>;
}

/** Fields whose work is not proportional to what they return: counting and rolling up scan the facts. */
export const EXPENSIVE_FIELDS: Readonly<Record<string, number>> = {
  'Query.benefitFactCount': 200,
  'Query.benefitRollup': 200,
};

/** graphql-query-complexity gives up past this many nodes (fragment bombs); such a query is over any budget. */
const MAX_QUERY_NODES = 10000;

const SLICING_ARGUMENTS = ['first', 'last'] as const;

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** A connection's `edges`/`nodes` are as long as the page its field asked for: counted there, not again. */
function isSizedByParent({ type, field }: ComplexityEstimatorArgs): boolean {
  return type.name.endsWith('Connection') && (field.name === 'edges' || field.name === 'nodes');
}

/** The page size a field asked for, when it takes one; never below 1, so a bad value cannot lower the estimate. */
function slicingSize(args: Record<string, unknown>): number | null {
  for (const name of SLICING_ARGUMENTS) {
    const value = args[name];
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(1, Math.trunc(value));
  }
  return null;
}

/**
 * List-size-aware cost in the spirit of the IBM GraphQL Cost Directive specification: every
 * object (composite-typed field) costs 1, scalars and enums cost 0, and a field that returns
 * many objects multiplies what it selects by how many it may return: its `first`/`last`
 * argument, or for a list without one its assumed size (`listSizes`, else `defaultListSize`). So nesting multiplies, as it does in
 * the response.
 */
export function costEstimator(model: CostModel): ComplexityEstimator {
  const fieldCosts = model.fieldCosts ?? {};
  const listSizes = model.listSizes ?? {};
  return (options) => {
    const { type, field, args, childComplexity } = options;
    const key = `${type.name}.${field.name}`;
    const extra = fieldCosts[key] ?? 0;
    if (!isCompositeType(getNamedType(field.type))) return extra;
    const size = slicingSize(args);
    if (isList(field.type)) {
      if (isSizedByParent(options)) return extra + 1 + childComplexity;
      return extra + (size ?? listSizes[key] ?? model.defaultListSize) * (1 + childComplexity);
    }
    // A connection: one object whose edges repeat `size` times.
    if (size !== null) return extra + 1 + size * childComplexity;
    return extra + 1 + childComplexity;
  };
}

export type CostEstimate = { cost: number } | { cost: null; error: GraphQLError };

/**
 * The estimated cost of the operation a request will run, with its variables. A document whose
 * variables do not coerce gives `cost: null` (execution refuses it with BAD_USER_INPUT before
 * any subgraph is called); one with too many nodes to even estimate costs Infinity.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  model: CostModel,
): CostEstimate {
  try {
    const cost = getComplexity({ schema, query: document, variables, operationName, estimators: [costEstimator(model)], maxQueryNodes: MAX_QUERY_NODES });
    return { cost };
  } catch (err) {
    if (err instanceof GraphQLError && /maximum allowed number of nodes/.test(err.message)) return { cost: Infinity };
    if (err instanceof GraphQLError) return { cost: null, error: err };
    throw err;
  }
}
