import type { DataSource } from 'typeorm';
import { administeredNetworks, Identity } from '@samspill/server-auth';
import { forbidden } from '@samspill/server-graphql';

export class PrivacyService {
  constructor(private readonly ds: DataSource) {}

  /**
   * Deletes the participant's personal data. Their answers, comments and votes stay (and keep
   * counting in results) but point at nobody: the foreign keys are set to null.
   */
  async erase(identity: Identity, participantSubject: string): Promise<boolean> {
    if (identity.subject !== participantSubject && administeredNetworks(identity).length === 0) {
      throw forbidden('only the participant or a network administrator can erase a participant');
    }
    const [, deleted]: [unknown, number] = await this.ds.query(`DELETE FROM participant_identity WHERE subject = $1`, [participantSubject]);
    return deleted > 0;
  }
}
