import {
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';

export interface DocsReport {
  total: number;
  described: number;
  /** Coordinates of undocumented elements: Type, Type.field, Type.field(arg:), Enum.VALUE. */
  missing: string[];
  byKind: Record<string, { total: number; described: number }>;
}

const described = (d: string | null | undefined) => typeof d === 'string' && d.trim().length > 0;

/** Every type, field, argument, input field and enum value of the schema, and whether it has a description. */
export function documentationReport(schema: GraphQLSchema): DocsReport {
  const report: DocsReport = { total: 0, described: 0, missing: [], byKind: {} };
  const count = (kind: string, coordinate: string, description: string | null | undefined) => {
    const k = (report.byKind[kind] ??= { total: 0, described: 0 });
    report.total++;
    k.total++;
    if (described(description)) {
      report.described++;
      k.described++;
    } else report.missing.push(coordinate);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    count('type', type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        count('field', `${type.name}.${field.name}`, field.description);
        for (const arg of field.args) count('argument', `${type.name}.${field.name}(${arg.name}:)`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) count('input field', `${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) count('enum value', `${type.name}.${value.name}`, value.description);
    }
  }
  return report;
}

export const percentage = (r: { total: number; described: number }) => (r.total === 0 ? 100 : Math.floor((r.described / r.total) * 1000) / 10);
