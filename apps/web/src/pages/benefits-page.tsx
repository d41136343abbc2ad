import { Alert, Button, Field, Heading, Label, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useCallback, useState } from 'react';
import { useQuery } from 'urql';
import { BenefitRollupDimension, BenefitRollupDocument, BenefitRollupQuery } from '@samspill/client';
import { useAppConfig } from '../app-config-context';
import { useSession } from '../auth/session';
import { Chart } from '../components/chart';
import { ErrorMessage, QueryState } from '../components/query-state';
import { useI18n } from '../i18n';
import { usePageTitle } from '../layout/page-title';

const DIMENSIONS: BenefitRollupDimension[] = ['NETWORK', 'MUNICIPALITY', 'INITIATIVE', 'GOAL'];
/** Below this share of the expected progress a row is called out as behind plan. */
const BEHIND = 0.8;
type Row = BenefitRollupQuery['benefitRollup'][number];

/** `/benefits`: planned vs realised per quarter by network, municipality, initiative and goal; the CSV export. */
export default function BenefitsPage() {
  const { t } = useI18n();
  usePageTitle(t('benefits.title'));
  const { networkId } = useAppConfig();
  const { session, abilities } = useSession();
  const [by, setBy] = useState<BenefitRollupDimension>('NETWORK');
  const allowed = abilities.isAnalyst || abilities.isAdmin(networkId) || abilities.editorOf !== null;
  const [{ data, fetching, error }] = useQuery({ query: BenefitRollupDocument, variables: { by, filter: { networkId } }, pause: !allowed });
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('benefits.title')}
      </Heading>
      <Paragraph>{t('benefits.intro')}</Paragraph>
      {!allowed ? (
        <Alert data-color="info">{t('benefits.signInNeeded')}</Alert>
      ) : (
        <>
          <div className="filters">
            <Field data-size="sm">
              <Label>{t('benefits.by')}</Label>
              <Select value={by} onChange={(e) => setBy(e.target.value as BenefitRollupDimension)}>
                {DIMENSIONS.map((d) => (
                  <Select.Option key={d} value={d}>
                    {t(`benefits.by${d}`)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            {session && <CsvDownload token={session.token} networkId={networkId} />}
          </div>
          <QueryState data={data} fetching={fetching} error={error}>
            {(d) => <Rollup rows={d.benefitRollup} by={by} />}
          </QueryState>
        </>
      )}
    </>
  );
}

/**
 * The export needs the bearer token, which a plain link cannot send: fetch it, then hand the
 * browser the file as a download.
 */
function CsvDownload({ token, networkId }: { token: string; networkId: string }) {
  const { t } = useI18n();
  const [error, setError] = useState<Error | null>(null);
  const href = `/export/benefit-facts.csv?networkId=${encodeURIComponent(networkId)}`;
  async function download() {
    try {
      const res = await fetch(href, { headers: { authorization: `Bearer ${token}` } });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = `benefit-facts-${networkId}.csv`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(e as Error);
    }
  }
  return (
    <div className="csv">
      <Button variant="secondary" data-size="sm" onClick={() => void download()} data-href={href}>
        {t('benefits.csv')}
      </Button>
      <span className="help">{t('benefits.csvHint')}</span>
      {error && <ErrorMessage error={error} />}
    </div>
  );
}

function Rollup({ rows, by }: { rows: Row[]; by: BenefitRollupDimension }) {
  const { t, fmt } = useI18n();
  const money = rows.filter((r) => r.unit === 'NOK').sort((a, b) => (a.periodStart ?? '').localeCompare(b.periodStart ?? '') || (a.label ?? '').localeCompare(b.label ?? ''));
  const render = useCallback(
    (Plot: typeof import('@observablehq/plot'), width: number) => {
      const byQuarter = new Map<string, { planned: number; realised: number }>();
      for (const r of money) {
        const q = r.periodStart ?? '';
        const acc = byQuarter.get(q) ?? { planned: 0, realised: 0 };
        acc.planned += Number(r.plannedGain);
        acc.realised += Number(r.realisedGain);
        byQuarter.set(q, acc);
      }
      const points = [...byQuarter].flatMap(([q, v]) => [
        { quarter: new Date(`${q}T12:00:00Z`), series: t('benefits.planned'), value: v.planned },
        { quarter: new Date(`${q}T12:00:00Z`), series: t('benefits.realised'), value: v.realised },
      ]);
      return Plot.plot({
        width,
        height: 260,
        marginLeft: 80,
        color: { legend: false, range: ['#6b6b6b', '#0062ba'] },
        y: { grid: true, label: 'NOK', tickFormat: (n: number) => fmt.number(n, 0) },
        x: { type: 'utc', label: null, tickFormat: (d: Date, i: number) => fmt.axisMonth(d, i === 0 || d.getUTCMonth() === 0) },
        marks: [
          Plot.line(
            points.filter((p) => p.series === t('benefits.planned')),
            { x: 'quarter', y: 'value', stroke: 'series', strokeWidth: 2, strokeDasharray: '5 3' },
          ),
          Plot.line(
            points.filter((p) => p.series !== t('benefits.planned')),
            { x: 'quarter', y: 'value', stroke: 'series', strokeWidth: 2 },
          ),
          Plot.dot(points, { x: 'quarter', y: 'value', fill: 'series', symbol: 'series' }),
        ],
      });
    },
    [money, t, fmt],
  );
  if (rows.length === 0) return <Paragraph>{t('benefits.noData')}</Paragraph>;
  // Behind plan: below 80 % of where a straight line from the first quarter to the plan would be.
  const quarters = [...new Set(rows.map((r) => r.periodStart ?? ''))].sort();
  const expected = (period: string | null) => (quarters.indexOf(period ?? '') + 1) / quarters.length;
  const quarter = (iso: string | null) => {
    if (!iso) return '–';
    const d = new Date(`${iso}T12:00:00Z`);
    return `${d.getUTCFullYear()} K${Math.floor(d.getUTCMonth() / 3) + 1}`;
  };
  return (
    <>
      {money.length > 0 && (
        <figure className="figure">
          <Chart title={t('benefits.chartTitle')} render={render} />
          <figcaption className="chart-legend">
            <span className="chart-legend__planned" aria-hidden="true" /> {t('benefits.planned')}{' '}
            <span className="chart-legend__realised" aria-hidden="true" /> {t('benefits.realised')}
          </figcaption>
        </figure>
      )}
      <div className="table-scroll" tabIndex={0}>
        <Table data-size="sm" zebra data-testid="rollup">
          <caption className="visually-hidden">{t('benefits.chartTitle')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('benefits.quarter')}</Table.HeaderCell>
              <Table.HeaderCell>{t('benefits.key')}</Table.HeaderCell>
              <Table.HeaderCell>{t('municipality.type')}</Table.HeaderCell>
              <Table.HeaderCell className="num">{t('benefits.planned')}</Table.HeaderCell>
              <Table.HeaderCell className="num">{t('benefits.realised')}</Table.HeaderCell>
              <Table.HeaderCell className="num">{t('benefits.achievement')}</Table.HeaderCell>
              <Table.HeaderCell>{t('benefits.gap')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((r, i) => {
              const achievement = r.achievement === null ? null : Number(r.achievement);
              const amount = (v: string) => (r.unit === 'NOK' ? fmt.money(v) : `${fmt.number(v)} ${r.unit}`);
              return (
                <Table.Row key={i}>
                  <Table.Cell>{quarter(r.periodStart)}</Table.Cell>
                  {/* The network row has no label of its own (the rollup names only municipalities, initiatives and goals). */}
                  <Table.Cell>{r.label ?? (by === 'NETWORK' ? t('benefits.wholeNetwork') : r.key) ?? '–'}</Table.Cell>
                  <Table.Cell>{t(`benefitType.${r.type}`)}</Table.Cell>
                  <Table.Cell className="num">{amount(r.plannedGain)}</Table.Cell>
                  <Table.Cell className="num">{amount(r.realisedGain)}</Table.Cell>
                  <Table.Cell className="num">{fmt.percent(achievement)}</Table.Cell>
                  <Table.Cell>{achievement === null ? '–' : achievement < BEHIND * expected(r.periodStart) ? <strong className="behind">▼ {t('benefits.behind')}</strong> : t('benefits.onTrack')}</Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </div>
    </>
  );
}
