import { Heading } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n';
import { usePageTitle } from '../layout/page-title';

export default function BenefitsPage() {
  const { t } = useI18n();
  usePageTitle(t('benefits.title'));
  return (
    <Heading level={1} data-size="lg">
      {t('benefits.title')}
    </Heading>
  );
}
