import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useI18n } from '../i18n';
import { usePageTitle } from '../layout/page-title';

export function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t('app.notFound'));
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('app.notFound')}
      </Heading>
      <Paragraph>{t('app.notFoundBody')}</Paragraph>
      <Link asChild>
        <RouterLink to="/">{t('app.backHome')}</RouterLink>
      </Link>
    </>
  );
}
