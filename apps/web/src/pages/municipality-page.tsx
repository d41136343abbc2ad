import { Heading } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n';
import { usePageTitle } from '../layout/page-title';

export default function MunicipalityPage() {
  const { t } = useI18n();
  usePageTitle(t('municipality.portfolio'));
  return (
    <Heading level={1} data-size="lg">
      {t('municipality.portfolio')}
    </Heading>
  );
}
