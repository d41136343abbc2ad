import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'network' })
export class NetworkEntity {
  @PrimaryColumn('text') id: string;
  @Column('text') name: string;
  @Column('text') region: string;
  @Column('text') description: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
