import { postgresUrl } from '@samspill/server-config';

export const biExportsEnvShape = {
  /** Where analyst API keys (hashed) and their audit trail live; unset: API keys are refused. */
  API_KEYS_DATABASE_URL: postgresUrl.optional(),
};
