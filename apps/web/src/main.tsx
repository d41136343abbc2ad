import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
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
