import { Alert, Spinner } from '@digdir/designsystemet-react';
import type { CombinedError } from 'urql';
import { useI18n } from '../i18n';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading">
      <Spinner aria-hidden data-size="sm" /> {t('app.loading')}
    </p>
  );
}

/** API errors in words: the code tells the user whether signing in would help. */
export function ErrorMessage({ error }: { error: CombinedError | Error }) {
  const { t } = useI18n();
  const graphQLErrors = 'graphQLErrors' in error ? error.graphQLErrors : [];
  // An outage (issue 9's SERVICE_UNAVAILABLE, or no answer at all) is said in the user's language, not the server's.
  const unavailable =
    graphQLErrors.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE') || ('networkError' in error && !!error.networkError && graphQLErrors.length === 0);
  const message = graphQLErrors.length ? graphQLErrors.map((e) => e.message).join('; ') : error.message;
  return (
    <Alert data-color="danger" role="alert">
      {unavailable ? t('app.unavailable') : t('app.error', { message })}
    </Alert>
  );
}

/** Loading, error or content, the same way on every page. */
export function QueryState<T>({ fetching, error, data, children }: { fetching: boolean; error?: CombinedError; data?: T; children: (data: T) => React.ReactNode }) {
  if (data) return <>{children(data)}</>;
  if (error) return <ErrorMessage error={error} />;
  if (fetching) return <Loading />;
  return null;
}
