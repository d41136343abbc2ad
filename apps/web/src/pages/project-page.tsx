import { Alert, Button, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { FormEvent, useCallback, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ProjectBenefitsDocument, ProjectBenefitsQuery, ProjectPageDocument, RecordMeasurementDocument } from '@samspill/client';
import { useSession } from '../auth/session';
import { Chart } from '../components/chart';
import { PhaseStepper } from '../components/phase-stepper';
import { ErrorMessage, Loading, QueryState } from '../components/query-state';
import { StatusLight } from '../components/status-light';
import { useI18n } from '../i18n';
import { usePageTitle } from '../layout/page-title';

type Benefit = NonNullable<ProjectBenefitsQuery['benefitPlan']>['benefits'][number];

/** `/projects/:id`: phases, status reports over time, benefits with baseline, target and measurements. */
export default function ProjectPage() {
  const { id = '' } = useParams();
  const { t, fmt } = useI18n();
  const { abilities } = useSession();
  const [{ data, fetching, error }] = useQuery({ query: ProjectPageDocument, variables: { id } });
  usePageTitle(data?.project.name);
  return (
    <QueryState data={data} fetching={fetching} error={error}>
      {({ project: p }) => (
        <>
          <Heading level={1} data-size="lg">
            {p.name}
          </Heading>
          <p className="meta">
            <RouterLink to={`/municipalities/${p.municipality.id}`}>{p.municipality.name}</RouterLink>
            {p.initiative && ` · ${t('project.initiative')}: ${p.initiative.title}`}
            {p.owner && ` · ${t('project.owner')}: ${p.owner}`}
            {p.budget !== null && ` · ${t('project.budget')}: ${fmt.money(p.budget)}`}
            {p.costToDate !== null && ` · ${t('project.costToDate')}: ${fmt.money(p.costToDate)}`}
          </p>
          {p.description && <Paragraph>{p.description}</Paragraph>}
          <section aria-labelledby="phases-heading">
            <Heading level={2} data-size="sm" id="phases-heading">
              {t('project.phases')}
            </Heading>
            <PhaseStepper phase={p.phase} />
          </section>
          <section aria-labelledby="reports-heading">
            <Heading level={2} data-size="sm" id="reports-heading">
              {t('project.statusReports')}
            </Heading>
            {p.statusReports.length === 0 ? (
              <Paragraph>{t('project.noReports')}</Paragraph>
            ) : (
              <div className="table-scroll" tabIndex={0}>
                <Table data-size="sm" zebra>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>{t('project.reportedAt')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('project.overall')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('project.schedule')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('project.budget')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('project.quality')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('project.risk')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('project.comment')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {[...p.statusReports].reverse().map((r) => (
                      <Table.Row key={r.id}>
                        <Table.Cell>{fmt.date(r.reportedAt)}</Table.Cell>
                        <Table.Cell>
                          <StatusLight value={r.overall} />
                        </Table.Cell>
                        <Table.Cell>
                          <StatusLight value={r.schedule} />
                        </Table.Cell>
                        <Table.Cell>
                          <StatusLight value={r.budget} />
                        </Table.Cell>
                        <Table.Cell>
                          <StatusLight value={r.quality} />
                        </Table.Cell>
                        <Table.Cell>
                          <StatusLight value={r.risk} />
                        </Table.Cell>
                        <Table.Cell>
                          {r.comment || '–'}
                          {r.public && r.comment && (
                            <>
                              {' '}
                              <Tag data-size="sm" data-color="info">
                                {t('project.publicComment')}
                              </Tag>
                            </>
                          )}
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
            )}
          </section>
          {abilities.signedIn && <ProjectBenefits projectId={p.id} canRecord={abilities.canEdit(p.municipalityId)} />}
        </>
      )}
    </QueryState>
  );
}

function ProjectBenefits({ projectId, canRecord }: { projectId: string; canRecord: boolean }) {
  const { t } = useI18n();
  const [{ data, error, fetching }, refetch] = useQuery({ query: ProjectBenefitsDocument, variables: { projectId } });
  if (fetching && !data) return <Loading />;
  if (error || !data?.benefitPlan) return null;
  const { benefits } = data.benefitPlan;
  return (
    <section aria-labelledby="benefits-heading">
      <Heading level={2} data-size="sm" id="benefits-heading">
        {t('project.benefits')}
      </Heading>
      {benefits.length === 0 && <Paragraph>{t('project.noBenefits')}</Paragraph>}
      {benefits.map((b) => (
        <BenefitView key={b.id} benefit={b} canRecord={canRecord} onRecorded={() => refetch({ requestPolicy: 'network-only' })} />
      ))}
    </section>
  );
}

function BenefitView({ benefit: b, canRecord, onRecorded }: { benefit: Benefit; canRecord: boolean; onRecorded(): void }) {
  const { t, fmt } = useI18n();
  const title = t('project.measurementsChart', { indicator: b.indicator });
  const amount = (v: string | null) => (v === null ? '–' : b.unit === 'NOK' ? fmt.money(v) : `${fmt.number(v)} ${b.unit}`);
  const render = useCallback(
    (Plot: typeof import('@observablehq/plot'), width: number) => {
      const points = b.measurements.map((m) => ({ date: new Date(`${m.measuredOn}T12:00:00Z`), value: Number(m.value) }));
      const rules = [b.baselineValue, b.targetValue].filter((v): v is string => v !== null).map(Number);
      return Plot.plot({
        width,
        height: 220,
        marginLeft: 70,
        y: { grid: true, label: b.unit, tickFormat: (n: number) => fmt.number(n, 0) },
        x: { type: 'utc', label: null, tickFormat: (d: Date, i: number) => fmt.axisMonth(d, i === 0 || d.getUTCMonth() === 0) },
        marks: [Plot.ruleY(rules, { stroke: '#6b6b6b', strokeDasharray: '4 3' }), Plot.line(points, { x: 'date', y: 'value', stroke: '#0062ba', strokeWidth: 2 }), Plot.dot(points, { x: 'date', y: 'value', fill: '#0062ba' })],
      });
    },
    [b, fmt],
  );
  return (
    <article className="benefit">
      <Heading level={3} data-size="xs">
        {b.indicator} <Tag data-size="sm">{t(`benefitType.${b.type}`)}</Tag>
      </Heading>
      <dl className="stats">
        <div>
          <dt>{t('project.baseline')}</dt>
          <dd>{amount(b.baselineValue)}</dd>
        </div>
        <div>
          <dt>{t('project.target')}</dt>
          <dd>{amount(b.targetValue)}</dd>
        </div>
        <div>
          <dt>{t('project.latest')}</dt>
          <dd>{amount(b.latestValue)}</dd>
        </div>
        <div>
          <dt>{t('municipality.achievement')}</dt>
          <dd>{fmt.percent(b.achievement)}</dd>
        </div>
      </dl>
      {b.measurements.length === 0 ? (
        <Paragraph data-size="sm">{t('project.noMeasurements')}</Paragraph>
      ) : (
        <>
          <Chart title={title} render={render} />
          <div className="table-scroll" tabIndex={0}>
            <Table data-size="sm" zebra>
              <caption className="visually-hidden">{title}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('project.measuredOn')}</Table.HeaderCell>
                  <Table.HeaderCell className="num">{t('project.value')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('project.source')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {b.measurements.map((m) => (
                  <Table.Row key={m.id}>
                    <Table.Cell>{fmt.date(m.measuredOn)}</Table.Cell>
                    <Table.Cell className="num">{amount(m.value)}</Table.Cell>
                    <Table.Cell>{m.source || '–'}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </>
      )}
      {canRecord && <MeasurementForm benefitId={b.id} onRecorded={onRecorded} />}
    </article>
  );
}

function MeasurementForm({ benefitId, onRecorded }: { benefitId: string; onRecorded(): void }) {
  const { t } = useI18n();
  const [measuredOn, setMeasuredOn] = useState(new Date().toISOString().slice(0, 10));
  const [value, setValue] = useState('');
  const [source, setSource] = useState('');
  const [saved, setSaved] = useState(false);
  const [state, record] = useMutation(RecordMeasurementDocument);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = await record({ benefitId, input: { measuredOn, value: value.replace(',', '.').replace(/\s/g, ''), source } });
    if (!result.error) {
      setSaved(true);
      setValue('');
      onRecorded();
    }
  }
  return (
    <form className="measurement-form" onSubmit={(e) => void submit(e)}>
      <Heading level={4} data-size="2xs">
        {t('project.record')}
      </Heading>
      <div className="form-row">
        <Textfield label={t('project.measuredOn')} type="date" value={measuredOn} onChange={(e) => setMeasuredOn(e.target.value)} required />
        <Textfield label={t('project.value')} inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} required />
        <Textfield label={t('project.source')} value={source} onChange={(e) => setSource(e.target.value)} />
      </div>
      {state.error && <ErrorMessage error={state.error} />}
      {saved && !state.error && <Alert data-color="success">{t('project.recorded')}</Alert>}
      <Button type="submit" data-size="sm" disabled={state.fetching}>
        {t('project.recordButton')}
      </Button>
    </form>
  );
}
