import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One per municipality; created the first time it joins a network (or first needs one). */
@Entity({ name: 'portfolio' })
export class PortfolioEntity {
  @PrimaryColumn('char', { name: 'municipality_id', length: 4 }) municipalityId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
