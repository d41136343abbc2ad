/** What the gateway tells the app at start (GET /app-config.json, apps/gateway/src/web-app.ts). */
export interface AppConfig {
  networkId: string;
  auth: { mode: 'dev' } | { mode: 'oidc'; issuer: string; clientId: string; scope: string } | { mode: 'none' };
}

export async function loadAppConfig(): Promise<AppConfig> {
  const res = await fetch('/app-config.json', { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`app-config.json: HTTP ${res.status}`);
  return (await res.json()) as AppConfig;
}
