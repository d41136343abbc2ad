import { Heading } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n';
import { usePageTitle } from '../layout/page-title';

export default function OverviewPage() {
  const { t } = useI18n();
  usePageTitle(t('overview.title'));
  return (
    <Heading level={1} data-size="lg">
      {t('overview.title')}
    </Heading>
  );
}
