import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
// Designsystemet's typeface, self-hosted (the CSP allows fonts from our own origin only).
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-500.css';
import '@fontsource/inter/latin-600.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadAppConfig } from './app-config';
import { App } from './app';
import { initI18n, initialLanguage } from './i18n';

async function start() {
  performance.mark('samspill:start');
  const [config] = await Promise.all([loadAppConfig(), initI18n(initialLanguage())]);
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App config={config} />
    </StrictMode>,
  );
}

void start();
