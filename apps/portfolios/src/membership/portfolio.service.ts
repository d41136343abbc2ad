import type { DataSource } from 'typeorm';
import { notFound } from '@samspill/server-graphql';
import { PortfolioEntity } from './portfolio.entity';
import { isMunicipalityNumber } from '@samspill/contracts';

export class PortfolioService {
  constructor(private readonly ds: DataSource) {}

  async get(municipalityId: string): Promise<PortfolioEntity> {
    const portfolio = isMunicipalityNumber(municipalityId) ? await this.ds.manager.findOneBy(PortfolioEntity, { municipalityId }) : null;
    if (!portfolio) throw notFound('Portfolio', municipalityId);
    return portfolio;
  }
}
