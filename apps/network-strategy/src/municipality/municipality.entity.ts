import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'municipality' })
export class MunicipalityEntity {
  /** The official municipality number (kommunenummer). */
  @PrimaryColumn('char', { length: 4 }) id: string;
  @Column('text') name: string;
  @Column('text') county: string;
  @Column('integer') population: number;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
