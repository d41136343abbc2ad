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
  const message = 'graphQLErrors' in error && error.graphQLErrors.length ? error.graphQLErrors.map((e) => e.message).join('; ') : error.message;
  return (
    <Alert data-color="danger" role="alert">
      {t('app.error', { message })}
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
