import { GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';

/**
 * Descriptions by schema coordinate — `Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`,
 * `Input.field` — kept beside each service's schema rather than in every decorator, for the
 * elements a decorator does not describe. A description set in a decorator wins.
 */
export type SchemaDescriptions = Readonly<Record<string, string>>;

/** Descriptions every subgraph shares (Relay plumbing and the common arguments). */
const COMMON: Record<string, string> = {
  Query: 'Reads. Public data needs no token; everything else is limited to what the caller may see (see docs/api.md).',
  Mutation: 'Changes. Every mutation needs a signed-in caller with the role it names, acting on its own network or municipality.',
  PageInfo: 'Where a page of a connection ends, for fetching the next one.',
  'PageInfo.hasNextPage': 'Whether another page follows this one.',
  'PageInfo.endCursor': 'Cursor of the last edge of this page: pass it as `after` to get the next page. Null on an empty page.',
  'PageInfo.hasPreviousPage': 'Whether a page precedes this one (always false: pages go forward only).',
  'PageInfo.startCursor': 'Cursor of the first edge of this page.',
};

/** Arguments that mean the same on every field (a field's own description wins). */
const COMMON_ARGS: Record<string, string> = {
  first: 'Page size.',
  after: 'Cursor after which the page starts (a previous page’s `pageInfo.endCursor`); omit for the first page.',
  id: 'Id of the object to read or act on.',
  input: 'What to create or change; each field is described on the input type.',
  networkId: 'Id of the network (e.g. `digi-rogaland`).',
  municipalityId: 'Municipality number (kommunenummer), four digits, e.g. `1124` for Sola.',
  initiativeId: 'Id of the regional initiative.',
  strategyId: 'Id of the strategy.',
  projectId: 'Id of the municipal project.',
  goalId: 'Id of the strategy goal.',
  status: 'Only items with this status; all when omitted.',
  filter: 'Which items to include; all the caller may see when omitted.',
};

/** Fields that mean the same on every type (a field's own description wins). */
const COMMON_FIELDS: Record<string, string> = {
  id: 'Stable identifier.',
  createdAt: 'When it was created (UTC).',
  updatedAt: 'When it was last changed (UTC).',
  networkId: 'Id of the network it belongs to.',
  municipalityId: 'Municipality number (kommunenummer) it belongs to.',
  initiativeId: 'Id of the regional initiative it belongs to, if any.',
  strategyId: 'Id of the strategy it belongs to.',
  projectId: 'Id of the municipal project it belongs to.',
  goalId: 'Id of the strategy goal it belongs to.',
};

/** Relay plumbing, described from the type's name: `FooConnection`, `FooEdge`. */
function connectionDescription(typeName: string, field?: string): string | undefined {
  const conn = /^(.+)Connection$/.exec(typeName)?.[1];
  const edge = /^(.+)Edge$/.exec(typeName)?.[1];
  if (conn) {
    if (!field) return `A page of ${conn} items (a Relay connection).`;
    return {
      edges: `The ${conn} items of this page, each with its cursor.`,
      pageInfo: 'Where this page ends, for fetching the next one.',
      totalCount: `How many ${conn} items match, over all pages.`,
      nodes: `The ${conn} items of this page.`,
    }[field];
  }
  if (edge) {
    if (!field) return `One ${edge} in a page, with its cursor.`;
    return { cursor: `Opaque position of this ${edge}: pass it as \`after\` to continue after it.`, node: `The ${edge}.` }[field];
  }
  return undefined;
}

/**
 * Fills missing descriptions from `descriptions` and returns the coordinates that name nothing
 * (a unit test per service keeps that list empty, so the map cannot rot without failing CI, while
 * a stale entry never stops a service).
 */
export function describeSchema(schema: GraphQLSchema, descriptions: SchemaDescriptions = {}): string[] {
  const all: Record<string, string> = { ...COMMON, ...descriptions };
  const used = new Set<string>();
  const take = (coordinate: string, current: string | null | undefined): string | null | undefined => {
    const d = all[coordinate];
    if (d !== undefined) used.add(coordinate);
    return current && current.trim() ? current : d ?? current;
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    type.description = take(type.name, type.description) || connectionDescription(type.name) || type.description;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        field.description =
          take(`${type.name}.${field.name}`, field.description) || connectionDescription(type.name, field.name) || COMMON_FIELDS[field.name] || field.description;
        for (const arg of field.args) {
          const d = take(`${type.name}.${field.name}(${arg.name}:)`, arg.description);
          arg.description = d && d.trim() ? d : COMMON_ARGS[arg.name] ?? d;
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        field.description = take(`${type.name}.${field.name}`, field.description) || COMMON_FIELDS[field.name] || field.description;
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) value.description = take(`${type.name}.${value.name}`, value.description);
    }
  }
  return Object.keys(descriptions).filter((c) => !used.has(c));
}

/** Whether a schema coordinate (`Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`) names an element of the schema. */
export function coordinateExists(schema: GraphQLSchema, coordinate: string): boolean {
  const m = /^(\w+)(?:\.(\w+)(?:\((\w+):\))?)?$/.exec(coordinate);
  const type = m && schema.getType(m[1]);
  if (!m || !type) return false;
  if (!m[2]) return true;
  if (isEnumType(type)) return !m[3] && type.getValue(m[2]) !== undefined;
  if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) return false;
  const field = type.getFields()[m[2]];
  if (!field) return false;
  return !m[3] || ('args' in field && field.args.some((a) => a.name === m[3]));
}
