import { createServiceDataSource } from '@samspill/server-db';
import { CreateIdempotencyKeys1764201600002 } from '@samspill/server-graphql';
import { EVENT_TABLE_MIGRATIONS } from '@samspill/server-events';
import { OUTBOX } from './common/outbox';
import { NetworkMemberEntity } from './membership/network-member.entity';
import { PortfolioEntity } from './membership/portfolio.entity';
import { AdoptionCaseEntity } from './adoption/adoption-case.entity';
import { AdoptionDecisionEntity } from './adoption/adoption-decision.entity';
import { ProjectEntity } from './project/project.entity';
import { StatusReportEntity } from './project/status-report.entity';
import { CreatePortfolios1764201800000 } from './migrations/1764201800000-create-portfolios';
import { PublicStatusComments1764460800000 } from './migrations/1764460800000-public-status-comments';
import { ProjectOutcome1764460900000 } from './migrations/1764460900000-project-outcome';
import { BiChangeTracking1764500000000 } from './migrations/1764500000000-bi-change-tracking';
import { RetiredInitiatives1764547300000 } from './migrations/1764547300000-retired-initiatives';

export const ENTITIES = [NetworkMemberEntity, PortfolioEntity, AdoptionCaseEntity, AdoptionDecisionEntity, ProjectEntity, StatusReportEntity];

export const MIGRATIONS = [...EVENT_TABLE_MIGRATIONS, CreateIdempotencyKeys1764201600002, CreatePortfolios1764201800000, PublicStatusComments1764460800000, ProjectOutcome1764460900000, BiChangeTracking1764500000000, RetiredInitiatives1764547300000];

export function createPortfoliosDataSource(url: string) {
  return createServiceDataSource({ url, schema: OUTBOX.dbSchema, entities: ENTITIES, migrations: MIGRATIONS });
}
