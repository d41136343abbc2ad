import { lazy, Suspense, useMemo, useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import type { AppConfig } from './app-config';
import { abilitiesOf, loadSession, Session, SessionContext, storeSession } from './auth/session';
import { Loading } from './components/query-state';
import { createGraphqlClient } from './graphql/client';
import { AppConfigContext } from './app-config-context';
import { Shell } from './layout/shell';
import { MatrixPage } from './matrix/matrix-page';
import { SignInPage } from './auth/sign-in-page';
import { NotFoundPage } from './pages/not-found-page';

// The matrix is the steering group's home and loads with the app; the other pages on demand.
const OverviewPage = lazy(() => import('./pages/overview-page'));
const MunicipalityPage = lazy(() => import('./pages/municipality-page'));
const ProjectPage = lazy(() => import('./pages/project-page'));
const ConsultationsPage = lazy(() => import('./pages/consultations-page'));
const ConsultationPage = lazy(() => import('./pages/consultation-page'));
const BenefitsPage = lazy(() => import('./pages/benefits-page'));
const ActivitiesPage = lazy(() => import('./pages/activities-page'));
const AuthCallbackPage = lazy(() => import('./auth/auth-callback-page'));

export function App({ config }: { config: AppConfig }) {
  const [session, setSessionState] = useState<Session | null>(loadSession);
  const client = useMemo(() => createGraphqlClient(session?.token ?? null), [session?.token]);
  const sessionValue = useMemo(
    () => ({
      session,
      abilities: abilitiesOf(session),
      setSession(next: Session | null) {
        storeSession(next);
        setSessionState(next);
      },
    }),
    [session],
  );
  return (
    <AppConfigContext.Provider value={config}>
      <SessionContext.Provider value={sessionValue}>
        <UrqlProvider value={client}>
          <BrowserRouter>
            <Shell>
              <Suspense fallback={<Loading />}>
                <Routes>
                  <Route path="/" element={<OverviewPage />} />
                  <Route path="/matrix" element={<MatrixPage />} />
                  <Route path="/municipalities/:id" element={<MunicipalityPage />} />
                  <Route path="/projects/:id" element={<ProjectPage />} />
                  <Route path="/consultations" element={<ConsultationsPage />} />
                  <Route path="/consultations/:id" element={<ConsultationPage />} />
                  <Route path="/benefits" element={<BenefitsPage />} />
                  <Route path="/activities" element={<ActivitiesPage />} />
                  <Route path="/sign-in" element={<SignInPage />} />
                  <Route path="/auth/callback" element={<AuthCallbackPage />} />
                  <Route path="*" element={<NotFoundPage />} />
                </Routes>
              </Suspense>
            </Shell>
          </BrowserRouter>
        </UrqlProvider>
      </SessionContext.Provider>
    </AppConfigContext.Provider>
  );
}
