import { Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useQuery } from 'urql';
import { ActivityKind, StrategizingActivitiesDocument, Tranche } from '@samspill/client';
import { useAppConfig } from '../app-config-context';
import { QueryState } from '../components/query-state';
import { useI18n } from '../i18n';
import { usePageTitle } from '../layout/page-title';

const KINDS: ActivityKind[] = ['WORKSHOP', 'MEETING', 'DECISION', 'CONSULTATION', 'ANCHORING'];
const TRANCHES: Tranche[] = ['T1_NETWORK', 'T2_INTERPLAY', 'T3_MUNICIPAL'];

/** `/activities`: the strategizing log, newest first. */
export default function ActivitiesPage() {
  const { t, fmt } = useI18n();
  usePageTitle(t('activities.title'));
  const { networkId } = useAppConfig();
  const [kind, setKind] = useState('');
  const [tranche, setTranche] = useState('');
  const [{ data, fetching, error }] = useQuery({ query: StrategizingActivitiesDocument, variables: { networkId } });
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('activities.title')}
      </Heading>
      <Paragraph>{t('activities.intro')}</Paragraph>
      <div className="filters">
        <Field data-size="sm">
          <Label>{t('activities.kind')}</Label>
          <Select value={kind} onChange={(e) => setKind(e.target.value)}>
            <Select.Option value="">{t('activities.allKinds')}</Select.Option>
            {KINDS.map((k) => (
              <Select.Option key={k} value={k}>
                {t(`activityKind.${k}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field data-size="sm">
          <Label>{t('activities.tranche')}</Label>
          <Select value={tranche} onChange={(e) => setTranche(e.target.value)}>
            <Select.Option value="">{t('activities.allTranches')}</Select.Option>
            {TRANCHES.map((k) => (
              <Select.Option key={k} value={k}>
                {t(`tranche.${k}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <QueryState data={data} fetching={fetching} error={error}>
        {(d) => {
          const items = d.strategizingActivities.edges
            .map((e) => e.node)
            .filter((a) => (!kind || a.kind === kind) && (!tranche || a.tranche === tranche))
            .sort((a, b) => b.occurredOn.localeCompare(a.occurredOn));
          if (!items.length) return <Paragraph>{t('activities.none')}</Paragraph>;
          return (
            <ol className="log">
              {items.map((a) => (
                <li key={a.id} className="log__item">
                  <time dateTime={a.occurredOn} className="log__date">
                    {fmt.date(a.occurredOn)}
                  </time>
                  <div>
                    <Heading level={2} data-size="2xs">
                      {a.title}
                    </Heading>
                    <p className="meta">
                      {t(`activityKind.${a.kind}`)} · {t(`tranche.${a.tranche}`)}
                      {a.decidingBody && ` · ${a.decidingBody}`}
                      {a.caseNumber && ` (${a.caseNumber})`}
                    </p>
                    {a.outcome && (
                      <Paragraph data-size="sm">
                        <strong>{t('activities.outcome')}:</strong> {a.outcome}
                      </Paragraph>
                    )}
                    {a.participants.length > 0 && (
                      <Paragraph data-size="sm">
                        <strong>{t('activities.participants')}:</strong> {a.participants.join(', ')}
                      </Paragraph>
                    )}
                  </div>
                </li>
              ))}
            </ol>
          );
        }}
      </QueryState>
    </>
  );
}
