import { apiSchema } from './api-schema';
import { documentationReport, percentage } from './schema-docs';

/**
 * CI: every type, field, argument, input field and enum value of the public API schema has a
 * description. Prints the percentage per kind and the undocumented coordinates, and fails on any.
 */
const report = documentationReport(apiSchema());
for (const [kind, r] of Object.entries(report.byKind)) console.log(`${kind.padEnd(12)} ${String(r.described).padStart(5)} / ${String(r.total).padEnd(5)} ${percentage(r)} %`);
console.log(`described elements: ${report.described} / ${report.total} = ${percentage(report)} %`);
if (report.missing.length > 0) {
  console.error(`\n${report.missing.length} undocumented element(s) in the public API schema:`);
  for (const coordinate of report.missing) console.error(`  ${coordinate}`);
  console.error('\nDescribe them in the decorator ({ description }) or in the service\'s src/schema-descriptions.ts, then `npm run sdl && npm run supergraph`.');
  process.exit(1);
}
