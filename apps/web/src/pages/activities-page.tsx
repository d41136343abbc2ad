import { Heading } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n';
import { usePageTitle } from '../layout/page-title';

export default function ActivitiesPage() {
  const { t } = useI18n();
  usePageTitle(t('activities.title'));
  return (
    <Heading level={1} data-size="lg">
      {t('activities.title')}
    </Heading>
  );
}
