import type { DataSource } from 'typeorm';
import { Identity, isPlatformAdmin } from '@samspill/server-auth';
import { forbidden } from '@samspill/server-graphql';

export class PrivacyService {
  constructor(private readonly ds: DataSource) {}

  /**
   * Deletes the participant's personal data. Their answers, comments and votes stay (and keep
   * counting in results) but point at nobody: the foreign keys are set to null.
   */
  async erase(identity: Identity, participantSubject: string): Promise<boolean> {
    // Erasure is the data controller's (the platform operator's) or the data subject's own right;
    // a network admin is neither, and would reach participants of every network (issue 11).
    if (identity.subject !== participantSubject && !isPlatformAdmin(identity)) {
      throw forbidden('only the participant themself or the data controller (platform administrator) can erase a participant');
    }
    const [, deleted]: [unknown, number] = await this.ds.query(`DELETE FROM participant_identity WHERE subject = $1`, [participantSubject]);
    return deleted > 0;
  }
}
