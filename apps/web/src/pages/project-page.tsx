import { Heading } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n';
import { usePageTitle } from '../layout/page-title';

export default function ProjectPage() {
  const { t } = useI18n();
  usePageTitle(t('project.phases'));
  return (
    <Heading level={1} data-size="lg">
      {t('project.phases')}
    </Heading>
  );
}
