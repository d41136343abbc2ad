import type { DataSource } from 'typeorm';
import { notFound } from '@samspill/server-graphql';
import { PortfolioEntity } from './portfolio.entity';

export class PortfolioService {
  constructor(private readonly ds: DataSource) {}

  async get(municipalityId: string): Promise<PortfolioEntity> {
    const portfolio = /^\d{4}$/.test(municipalityId) ? await this.ds.manager.findOneBy(PortfolioEntity, { municipalityId }) : null;
    if (!portfolio) throw notFound('Portfolio', municipalityId);
    return portfolio;
  }
}
