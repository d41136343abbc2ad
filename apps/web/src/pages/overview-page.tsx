import { Button, Card, Details, Field, Heading, Label, Paragraph, Select, Table, Tag } from '@digdir/designsystemet-react';
import { FormEvent, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useQuery } from 'urql';
import { CompareStrategyVersionsDocument, NetworkOverviewDocument, NetworkOverviewQuery } from '@samspill/client';
import { useAppConfig } from '../app-config-context';
import { QueryState } from '../components/query-state';
import { useI18n } from '../i18n';
import { usePageTitle } from '../layout/page-title';

type Strategy = NetworkOverviewQuery['network']['strategies'][number];

/** `/`: the network, its members, its adopted strategy and how the strategy changed between versions. */
export default function OverviewPage() {
  const { t, fmt } = useI18n();
  const { networkId } = useAppConfig();
  const [{ data, fetching, error }] = useQuery({ query: NetworkOverviewDocument, variables: { networkId } });
  usePageTitle(data?.network.name ?? t('nav.overview'));
  return (
    <QueryState data={data} fetching={fetching} error={error}>
      {({ network }) => {
        const strategy = network.strategies.find((s) => s.status === 'ADOPTED') ?? network.strategies[0];
        const members = [...network.members].sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, 'nb'));
        return (
          <>
            <Heading level={1} data-size="lg">
              {network.name}
            </Heading>
            <Paragraph>{network.description}</Paragraph>
            <div className="overview-grid">
              <section aria-labelledby="strategy-heading" className="overview-grid__main">
                {strategy && <StrategyView strategy={strategy} />}
              </section>
              <section aria-labelledby="members-heading" className="overview-grid__side">
                <Heading level={2} data-size="sm" id="members-heading">
                  {t('overview.members', { count: members.length })}
                </Heading>
                <Table data-size="sm" zebra className="members-table">
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>{t('matrix.municipalityFilter')}</Table.HeaderCell>
                      <Table.HeaderCell className="num">{t('overview.population')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('overview.joined')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {members.map((m) => (
                      <Table.Row key={m.id}>
                        <Table.Cell>
                          <RouterLink to={`/municipalities/${m.municipality.id}`}>{m.municipality.name}</RouterLink>
                        </Table.Cell>
                        <Table.Cell className="num">{fmt.number(m.municipality.population, 0)}</Table.Cell>
                        <Table.Cell>{fmt.date(m.joinedOn)}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </section>
            </div>
          </>
        );
      }}
    </QueryState>
  );
}

function StrategyView({ strategy }: { strategy: Strategy }) {
  const { t, fmt } = useI18n();
  return (
    <>
      <Heading level={2} data-size="md" id="strategy-heading">
        {strategy.title}
      </Heading>
      <p className="meta">
        <Tag data-color={strategy.status === 'ADOPTED' ? 'success' : 'neutral'}>{t(`strategyStatus.${strategy.status}`)}</Tag>{' '}
        {t('overview.period', { start: strategy.periodStart, end: strategy.periodEnd })} · {t('overview.version', { version: strategy.currentVersion })}
      </p>
      <Paragraph>
        <strong>{t('overview.vision')}:</strong> {strategy.vision}
      </Paragraph>
      <Heading level={3} data-size="sm">
        {t('overview.focusAreas')}
      </Heading>
      <div className="focus-areas">
        {strategy.focusAreas.map((fa) => (
          <Card key={fa.id} data-color="neutral" className="focus-area">
            <Heading level={4} data-size="xs">
              {fa.title}
            </Heading>
            {fa.goals.map((g) => (
              <div key={g.id} className="goal">
                <p className="goal__title">
                  <strong>{t('overview.goal')}:</strong> {g.title}
                </p>
                {g.targetValue !== null && g.targetYear !== null && (
                  <p className="goal__target">{t('overview.target', { value: fmt.number(g.targetValue), unit: g.unit, year: g.targetYear })}</p>
                )}
                {g.initiatives.length > 0 && (
                  <ul className="initiatives" aria-label={t('overview.initiatives')}>
                    {g.initiatives.map((i) => (
                      <li key={i.id}>
                        {i.title}{' '}
                        <Tag data-size="sm" data-color={i.status === 'LAUNCHED' ? 'info' : 'neutral'}>
                          {t(`initiativeStatus.${i.status}`)}
                        </Tag>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ))}
          </Card>
        ))}
      </div>
      <Heading level={3} data-size="sm">
        {t('overview.versions')}
      </Heading>
      <ul>
        {strategy.versions.map((v) => (
          <li key={v.id}>
            {t('overview.version', { version: v.versionNumber })}: {t('overview.adoptedOn', { date: fmt.date(v.adoptedAt), reference: v.decisionReference })}
          </li>
        ))}
      </ul>
      <VersionCompare strategy={strategy} />
    </>
  );
}

function VersionCompare({ strategy }: { strategy: Strategy }) {
  const { t } = useI18n();
  const versions = strategy.versions.map((v) => v.versionNumber).sort((a, b) => a - b);
  const [from, setFrom] = useState(versions[0] ?? 1);
  const [to, setTo] = useState(versions[versions.length - 1] ?? 1);
  const [asked, setAsked] = useState<{ from: number; to: number } | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: CompareStrategyVersionsDocument,
    variables: { strategyId: strategy.id, fromVersion: asked?.from ?? 0, toVersion: asked?.to ?? 0 },
    pause: !asked,
  });
  if (versions.length < 2) return <Paragraph data-size="sm">{t('overview.needTwoVersions')}</Paragraph>;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAsked({ from, to });
  };
  return (
    <Details>
      <Details.Summary>{t('overview.compare')}</Details.Summary>
      <Details.Content>
        <form className="filters" onSubmit={submit}>
          <Field data-size="sm">
            <Label>{t('overview.from')}</Label>
            <Select value={String(from)} onChange={(e) => setFrom(Number(e.target.value))}>
              {versions.map((v) => (
                <Select.Option key={v} value={String(v)}>
                  {v}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field data-size="sm">
            <Label>{t('overview.to')}</Label>
            <Select value={String(to)} onChange={(e) => setTo(Number(e.target.value))}>
              {versions.map((v) => (
                <Select.Option key={v} value={String(v)}>
                  {v}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Button type="submit" data-size="sm" className="align-end">
            {t('overview.compareButton')}
          </Button>
        </form>
        {asked && (
          <QueryState data={data} fetching={fetching} error={error}>
            {(d) =>
              d.compareStrategyVersions.length === 0 ? (
                <Paragraph>{t('overview.noChanges')}</Paragraph>
              ) : (
                <div className="table-scroll" tabIndex={0}>
                  <Table data-size="sm" zebra data-testid="version-changes">
                    <Table.Head>
                      <Table.Row>
                        <Table.HeaderCell>{t('overview.change')}</Table.HeaderCell>
                        <Table.HeaderCell>{t('overview.entity')}</Table.HeaderCell>
                        <Table.HeaderCell>{t('overview.field')}</Table.HeaderCell>
                        <Table.HeaderCell>{t('overview.before')}</Table.HeaderCell>
                        <Table.HeaderCell>{t('overview.after')}</Table.HeaderCell>
                        <Table.HeaderCell>{t('overview.reason')}</Table.HeaderCell>
                      </Table.Row>
                    </Table.Head>
                    <Table.Body>
                      {d.compareStrategyVersions.map((c, i) => (
                        <Table.Row key={i}>
                          <Table.Cell>{c.change}</Table.Cell>
                          <Table.Cell>
                            {c.entity}: {c.title}
                          </Table.Cell>
                          <Table.Cell>{c.field ?? '–'}</Table.Cell>
                          <Table.Cell>{c.before ?? '–'}</Table.Cell>
                          <Table.Cell>{c.after ?? '–'}</Table.Cell>
                          <Table.Cell>{c.reason ?? '–'}</Table.Cell>
                        </Table.Row>
                      ))}
                    </Table.Body>
                  </Table>
                </div>
              )
            }
          </QueryState>
        )}
      </Details.Content>
    </Details>
  );
}
