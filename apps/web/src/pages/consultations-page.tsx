import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useQuery } from 'urql';
import { ConsultationListDocument, MyResponsesDocument } from '@samspill/client';
import { useAppConfig } from '../app-config-context';
import { useSession } from '../auth/session';
import { QueryState } from '../components/query-state';
import { useI18n } from '../i18n';
import { usePageTitle } from '../layout/page-title';

/** `/consultations`: what is open to answer, what has been, and (signed in) what happened to my input. */
export default function ConsultationsPage() {
  const { t, fmt } = useI18n();
  usePageTitle(t('consultations.title'));
  const { networkId } = useAppConfig();
  const { abilities } = useSession();
  const [{ data, fetching, error }] = useQuery({ query: ConsultationListDocument, variables: { networkId } });
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('consultations.title')}
      </Heading>
      <Paragraph>{t('consultations.intro')}</Paragraph>
      <QueryState data={data} fetching={fetching} error={error}>
        {(d) => {
          const all = d.consultations.edges.map((e) => e.node);
          const open = all.filter((c) => c.status === 'OPEN');
          const others = all.filter((c) => c.status !== 'OPEN');
          const list = (items: typeof all) =>
            items.length === 0 ? (
              <Paragraph>{t('consultations.none')}</Paragraph>
            ) : (
              <ul className="card-list">
                {items.map((c) => (
                  <li key={c.id}>
                    <Card data-color={c.status === 'OPEN' ? 'accent' : 'neutral'}>
                      <Heading level={3} data-size="xs">
                        <RouterLink to={`/consultations/${c.id}`}>{c.title}</RouterLink>
                      </Heading>
                      <p className="meta">
                        <Tag data-color={c.status === 'OPEN' ? 'success' : 'neutral'}>{t(`consultationStatus.${c.status}`)}</Tag>
                        {c.closesAt && ` ${t('consultations.closes', { date: fmt.date(c.closesAt) })}`}
                        {c.allowAnonymous && c.status === 'OPEN' && ` · ${t('consultations.anonymousAllowed')}`}
                      </p>
                    </Card>
                  </li>
                ))}
              </ul>
            );
          return (
            <>
              <section aria-labelledby="open-heading">
                <Heading level={2} data-size="sm" id="open-heading">
                  {t('consultations.open')}
                </Heading>
                {list(open)}
              </section>
              <section aria-labelledby="others-heading">
                <Heading level={2} data-size="sm" id="others-heading">
                  {t('consultations.others')}
                </Heading>
                {list(others)}
              </section>
            </>
          );
        }}
      </QueryState>
      {abilities.isParticipant && <MyResponses />}
    </>
  );
}

function MyResponses() {
  const { t, fmt } = useI18n();
  const [{ data, error }] = useQuery({ query: MyResponsesDocument, variables: {}, requestPolicy: 'cache-and-network' });
  if (error || !data) return null;
  return (
    <section aria-labelledby="mine-heading">
      <Heading level={2} data-size="sm" id="mine-heading">
        {t('consultations.mine')}
      </Heading>
      {data.myResponses.length === 0 ? (
        <Paragraph>{t('consultations.myNone')}</Paragraph>
      ) : (
        <ul className="card-list">
          {data.myResponses.map((r) => (
            <li key={r.id}>
              <Card data-color="neutral">
                <Heading level={3} data-size="xs">
                  <RouterLink to={`/consultations/${r.consultationId}`}>{r.consultation?.title ?? r.consultationId}</RouterLink>
                </Heading>
                <p className="meta">{fmt.dateTime(r.submittedAt)}</p>
                <Paragraph data-size="sm">
                  <strong>{t('consultations.whatHappened')}:</strong> {r.disposition ? `${t(`disposition.${r.disposition.kind}`)} – ${r.disposition.note}` : t('consultations.pending')}
                </Paragraph>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
