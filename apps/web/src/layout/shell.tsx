import { Button, Field, Label, Select, SkipLink } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link as RouterLink, NavLink, useNavigate } from 'react-router';
import { isLanguage, LANGUAGES } from '@samspill/web-i18n';
import { useAppConfig } from '../app-config-context';
import { oidcSignOut } from '../auth/oidc';
import { useSession } from '../auth/session';
import { changeLanguage, useI18n } from '../i18n';

export function Shell({ children }: { children: ReactNode }) {
  const { t, language } = useI18n();
  const { session, abilities, setSession } = useSession();
  const config = useAppConfig();
  const navigate = useNavigate();
  const links: [string, string][] = [
    ['/', t('nav.overview')],
    ['/matrix', t('nav.matrix')],
    ['/consultations', t('nav.consultations')],
    ['/benefits', t('nav.benefits')],
    ['/activities', t('nav.activities')],
  ];
  if (abilities.editorOf) links.push([`/municipalities/${abilities.editorOf}`, t('nav.municipality')]);

  async function signOut() {
    if (config.auth.mode === 'oidc') await oidcSignOut(config.auth);
    setSession(null);
    navigate('/');
  }

  return (
    <>
      <SkipLink href="#main">{t('app.skipToContent')}</SkipLink>
      <header className="app-header">
        <div className="app-header__top">
          <RouterLink to="/" className="app-brand">
            <span className="app-brand__name">{t('app.name')}</span>
            <span className="app-brand__tagline">{t('app.tagline')}</span>
          </RouterLink>
          <div className="app-header__tools">
            <Field data-size="sm" className="language-field">
              <Label>{t('app.language')}</Label>
              <Select
                value={language}
                onChange={(e) => {
                  if (isLanguage(e.target.value)) void changeLanguage(e.target.value);
                }}
              >
                {LANGUAGES.map((l) => (
                  <Select.Option key={l} value={l} lang={l}>
                    {t(`languages.${l}`)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            {session ? (
              <div className="session">
                <span className="session__name" data-testid="signed-in-as">
                  {t('app.signedInAs', { name: session.name })}
                </span>
                <Button data-size="sm" variant="secondary" onClick={() => void signOut()}>
                  {t('app.signOut')}
                </Button>
              </div>
            ) : (
              <Button data-size="sm" variant="secondary" asChild>
                <RouterLink to="/sign-in">{t('app.signIn')}</RouterLink>
              </Button>
            )}
          </div>
        </div>
        <nav aria-label={t('app.mainNav')} className="app-nav">
          <ul>
            {links.map(([to, label]) => (
              <li key={to}>
                <NavLink to={to} end={to === '/'}>
                  {label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {children}
      </main>
    </>
  );
}
