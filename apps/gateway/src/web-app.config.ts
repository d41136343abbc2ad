import { resolve } from 'node:path';
import { z } from 'zod';

/** Gateway settings for the web app it serves at / (see web-app.ts). */
export const webAppEnvShape = {
  /** The built web app (`npm run build:web`); resolved against the working directory (the repository root). */
  WEB_APP_DIR: z
    .string()
    .min(1)
    .default('dist/web')
    .transform((p) => resolve(p)),
  /** The network the web app shows. */
  WEB_NETWORK_ID: z.string().min(1).default('digi-rogaland'),
  /** OpenID Connect for the web app (authorization code + PKCE): the issuer and the public client id. */
  WEB_OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  WEB_OIDC_CLIENT_ID: z.string().min(1).optional(),
  WEB_OIDC_SCOPE: z.string().min(1).default('openid profile'),
};
