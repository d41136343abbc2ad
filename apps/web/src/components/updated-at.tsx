import { useI18n } from '../i18n';

/** The visible freshness of a followed page: "Updated 14:03:12". */
export function UpdatedAt({ at }: { at: Date | null }) {
  const { t, fmt } = useI18n();
  if (!at) return null;
  return (
    <p className="updated-at" role="status" aria-live="off" data-testid="updated-at">
      {t('app.updated', { time: fmt.time(at) })}
    </p>
  );
}
