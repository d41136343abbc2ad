import { Alert, Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useAppConfig } from '../app-config-context';
import { useI18n } from '../i18n';
import { usePageTitle } from '../layout/page-title';
import { devSignIn, fetchPersonas, Persona } from './dev-sign-in';
import { oidcSignIn } from './oidc';
import { sessionFromToken, useSession } from './session';

/** Known persona ids have a described role in the catalogues. */
const PERSONA_KEYS = ['admin', 'sola', 'stavanger', 'sandnes', 'analyst', 'participant'] as const;

export function SignInPage() {
  const { t } = useI18n();
  usePageTitle(t('signIn.title'));
  const config = useAppConfig();
  const { setSession } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = params.get('returnTo')?.startsWith('/') ? (params.get('returnTo') as string) : '/';
  const [personas, setPersonas] = useState<Persona[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (config.auth.mode === 'dev') fetchPersonas().then(setPersonas, (e: Error) => setError(e.message));
  }, [config.auth.mode]);

  async function choose(persona: Persona) {
    try {
      setSession(sessionFromToken(await devSignIn(persona.id)));
      navigate(returnTo);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <div className="sign-in">
      <Heading level={1} data-size="lg">
        {t('signIn.title')}
      </Heading>
      {error && <Alert data-color="danger">{t('signIn.failed', { message: error })}</Alert>}
      {config.auth.mode === 'dev' && (
        <>
          <Paragraph>{t('signIn.devIntro')}</Paragraph>
          <ul className="persona-list">
            {(personas ?? []).map((p) => {
              const key = PERSONA_KEYS.find((k) => k === p.id);
              return (
                <li key={p.id}>
                  <Card data-color="neutral">
                    <Heading level={2} data-size="xs">
                      {p.name}
                    </Heading>
                    {key && <Paragraph data-size="sm">{t(`signIn.personas.${key}`)}</Paragraph>}
                    <Button data-size="sm" onClick={() => void choose(p)} data-persona={p.id}>
                      {t('signIn.as', { name: p.name })}
                    </Button>
                  </Card>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {config.auth.mode === 'oidc' && (
        <>
          <Paragraph>{t('signIn.oidcIntro')}</Paragraph>
          <Button onClick={() => config.auth.mode === 'oidc' && void oidcSignIn(config.auth, returnTo).catch((e: Error) => setError(e.message))}>
            {t('signIn.oidcButton')}
          </Button>
        </>
      )}
      {config.auth.mode === 'none' && <Alert data-color="warning">{t('signIn.unavailable')}</Alert>}
    </div>
  );
}
