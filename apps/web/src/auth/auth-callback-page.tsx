import { Alert } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useAppConfig } from '../app-config-context';
import { Loading } from '../components/query-state';
import { useI18n } from '../i18n';
import { oidcCallback } from './oidc';
import { sessionFromToken, useSession } from './session';

/** Where the identity provider sends the browser back with the authorization code. */
export default function AuthCallbackPage() {
  const { t } = useI18n();
  const config = useAppConfig();
  const { setSession } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (config.auth.mode !== 'oidc') return;
    oidcCallback(config.auth).then(
      ({ token, returnTo }) => {
        setSession(sessionFromToken(token));
        navigate(returnTo.startsWith('/') ? returnTo : '/', { replace: true });
      },
      (e: Error) => setError(e.message),
    );
    // Runs once per redirect: the code in the URL can be exchanged only once.
  }, []);
  if (error || config.auth.mode !== 'oidc') return <Alert data-color="danger">{t('signIn.failed', { message: error ?? config.auth.mode })}</Alert>;
  return <Loading />;
}
