import { FieldResolver, Resolver, Root } from 'type-graphql';
import { StatusReportType } from './project.type';

/**
 * The public face of a status report. Portals and anonymous callers ask for `publicSummary`,
 * never for `comment`: a document that only names the public field cannot show an internal
 * comment, whoever runs it (a trusted embed document run with an editor's token included).
 */
@Resolver(() => StatusReportType)
export class StatusReportResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The public status summary: the comment when the reporter marked the report `public`, otherwise null. Shown to everyone who may see the project (portal embeds show it for published projects).',
  })
  publicSummary(@Root() report: StatusReportType): string | null {
    return report.public && report.comment ? report.comment : null;
  }
}
