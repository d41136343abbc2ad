import { Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { MatrixFrameDocument, PublicMatrixDocument, TrancheMatrixDocument, TrancheStage } from '@samspill/client';
import { useAppConfig } from '../app-config-context';
import { useSession } from '../auth/session';
import { ErrorMessage, Loading } from '../components/query-state';
import { STAGE_GLYPH } from '../components/stage-badge';
import { UpdatedAt } from '../components/updated-at';
import { usePolledQuery } from '../graphql/use-polled-query';
import { useI18n } from '../i18n';
import { usePageTitle } from '../layout/page-title';
import { CaseDialog, OpenCase } from './case-dialog';
import { GridColumn, GridRow, MatrixGrid } from './matrix-grid';
import { cellKey, cellsFromPublicCases, cellsFromReadModel, leadTimes, MatrixCell, STAGES, STUCK_AFTER_DAYS } from './matrix-model';

interface Row extends GridRow {
  focusAreaId: string;
}

export function MatrixPage() {
  const { t, fmt } = useI18n();
  usePageTitle(t('matrix.title'));
  const { networkId } = useAppConfig();
  const { abilities } = useSession();
  const readModel = abilities.seesMatrixReadModel(networkId);
  const [frame] = useQuery({ query: MatrixFrameDocument, variables: { networkId } });
  const full = usePolledQuery(TrancheMatrixDocument, { networkId }, { pause: !readModel });
  const pub = usePolledQuery(PublicMatrixDocument, { networkId }, { pause: readModel });
  const source = readModel ? full : pub;
  const [stage, setStage] = useState('');
  const [focusArea, setFocusArea] = useState('');
  const [initiative, setInitiative] = useState('');
  const [municipality, setMunicipality] = useState('');
  const [open, setOpen] = useState<OpenCase | null>(null);
  const drawn = useRef(false);

  const cells = useMemo(() => {
    if (readModel) return full.result.data ? cellsFromReadModel(full.result.data.trancheMatrix) : null;
    return pub.result.data ? cellsFromPublicCases(pub.result.data) : null;
  }, [readModel, full.result.data, pub.result.data]);

  const { rows, focusAreas, columns } = useMemo(() => {
    const network = frame.data?.network;
    const seen = new Set<string>();
    const rows: Row[] = [];
    const focusAreas: { id: string; title: string }[] = [];
    for (const s of network?.strategies ?? []) {
      for (const fa of s.focusAreas) {
        if (!focusAreas.some((f) => f.title === fa.title)) focusAreas.push({ id: fa.id, title: fa.title });
        const faId = focusAreas.find((f) => f.title === fa.title)?.id ?? fa.id;
        for (const g of fa.goals)
          for (const i of g.initiatives) {
            if (!i.launchedAt || seen.has(i.id)) continue;
            seen.add(i.id);
            rows.push({ id: i.id, title: i.title, focusAreaId: faId });
          }
      }
    }
    const columns: GridColumn[] = (network?.members ?? [])
      .map((m) => ({ id: m.municipality.id, name: m.municipality.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
    return { rows, focusAreas, columns };
  }, [frame.data]);

  const shownRows = rows.filter(
    (r) =>
      (!focusArea || r.focusAreaId === focusArea) &&
      (!initiative || r.id === initiative) &&
      (!stage || columns.some((c) => cells?.get(cellKey(r.id, c.id))?.stage === stage)),
  );
  const shownColumns = columns.filter((c) => (!municipality || c.id === municipality) && (!stage || shownRows.some((r) => cells?.get(cellKey(r.id, c.id))?.stage === stage)));
  const shownCells = useMemo(() => {
    if (!cells) return new Map<string, MatrixCell>();
    if (!stage) return cells;
    return new Map([...cells].filter(([, c]) => c.stage === stage));
  }, [cells, stage]);
  const summary = leadTimes(shownRows.flatMap((r) => shownColumns.map((c) => shownCells.get(cellKey(r.id, c.id))).filter((c): c is MatrixCell => !!c)));

  useEffect(() => {
    if (!drawn.current && cells && rows.length) {
      drawn.current = true;
      // The benchmark (tools/bench/web-matrix.ts) reads this mark: navigation → matrix fully drawn.
      requestAnimationFrame(() => performance.mark('samspill:matrix-drawn'));
    }
  }, [cells, rows.length]);

  const error = frame.error ?? source.result.error;
  return (
    <div className="matrix-page">
      <div className="page-head">
        <Heading level={1} data-size="lg">
          {t('matrix.title')}
        </Heading>
        <UpdatedAt at={source.updatedAt} />
      </div>
      <Paragraph>{t('matrix.intro')}</Paragraph>
      {!readModel && <Paragraph data-size="sm">{t('matrix.publicSource')}</Paragraph>}

      <form className="filters" aria-label={t('matrix.filters')} onSubmit={(e) => e.preventDefault()}>
        <Field data-size="sm">
          <Label>{t('matrix.stageFilter')}</Label>
          <Select value={stage} onChange={(e) => setStage(e.target.value)}>
            <Select.Option value="">{t('matrix.allStages')}</Select.Option>
            {STAGES.map((s) => (
              <Select.Option key={s} value={s}>
                {t(`stage.${s}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field data-size="sm">
          <Label>{t('matrix.focusAreaFilter')}</Label>
          <Select value={focusArea} onChange={(e) => setFocusArea(e.target.value)}>
            <Select.Option value="">{t('matrix.allFocusAreas')}</Select.Option>
            {focusAreas.map((f) => (
              <Select.Option key={f.id} value={f.id}>
                {f.title}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field data-size="sm">
          <Label>{t('matrix.initiativeFilter')}</Label>
          <Select value={initiative} onChange={(e) => setInitiative(e.target.value)}>
            <Select.Option value="">{t('matrix.allInitiatives')}</Select.Option>
            {rows.map((r) => (
              <Select.Option key={r.id} value={r.id}>
                {r.title}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field data-size="sm">
          <Label>{t('matrix.municipalityFilter')}</Label>
          <Select value={municipality} onChange={(e) => setMunicipality(e.target.value)}>
            <Select.Option value="">{t('matrix.allMunicipalities')}</Select.Option>
            {columns.map((c) => (
              <Select.Option key={c.id} value={c.id}>
                {c.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </form>

      <section aria-labelledby="lead-times" className="lead-times">
        <Heading level={2} data-size="xs" id="lead-times">
          {t('matrix.leadTimes')}
        </Heading>
        <dl className="stats">
          <div>
            <dt>{t('matrix.median')}</dt>
            <dd data-testid="lead-median">{summary.medianDays === null ? t('matrix.noDecisions') : t('app.daysLong', { count: Math.round(summary.medianDays) })}</dd>
          </div>
          <div>
            <dt>{t('matrix.p90')}</dt>
            <dd>{summary.p90Days === null ? '–' : t('app.daysLong', { count: Math.round(summary.p90Days) })}</dd>
          </div>
          <div>
            <dt>{t('matrix.decided')}</dt>
            <dd>
              {fmt.number(summary.decided, 0)} / {fmt.number(summary.cells, 0)}
            </dd>
          </div>
          <div>
            <dt>{t('matrix.stuck')}</dt>
            <dd>{fmt.number(summary.stuck, 0)}</dd>
          </div>
        </dl>
      </section>

      {error && <ErrorMessage error={error} />}
      {!cells || !frame.data ? (
        !error && <Loading />
      ) : (
        <>
          <p id="matrix-help" className="help">
            {t('matrix.keyboardHelp')}
          </p>
          <MatrixGrid
            rows={shownRows}
            columns={shownColumns}
            cells={shownCells}
            onOpen={(row, col) => setOpen({ initiativeId: row.id, initiativeTitle: row.title, municipalityId: col.id, municipalityName: col.name })}
          />
          <Legend />
        </>
      )}
      <CaseDialog
        open={open}
        onClose={() => {
          setOpen(null);
        }}
        onChanged={() => source.refresh()}
      />
    </div>
  );
}

function Legend() {
  const { t } = useI18n();
  const stages: TrancheStage[] = STAGES;
  return (
    <section aria-labelledby="matrix-legend" className="legend">
      <Heading level={2} data-size="2xs" id="matrix-legend">
        {t('matrix.legend')}
      </Heading>
      <ul>
        {stages.map((s) => (
          <li key={s}>
            <span className={`legend__swatch stage--${s.toLowerCase()}`} aria-hidden="true">
              {STAGE_GLYPH[s]} {t(`stageShort.${s}`)}
            </span>{' '}
            {t(`stage.${s}`)}
          </li>
        ))}
        {(['ADOPT', 'ADAPT', 'DECLINE', 'DEFER'] as const).map((d) => (
          <li key={d}>
            <span className="legend__swatch" aria-hidden="true">
              ·{t(`decisionShort.${d}`)}
            </span>{' '}
            {t(`decision.${d}`)}
          </li>
        ))}
        <li>
          <span className="legend__swatch matrix__cell--stuck" aria-hidden="true">
            !
          </span>{' '}
          {t('matrix.stuckHint', { days: STUCK_AFTER_DAYS })}
        </li>
      </ul>
    </section>
  );
}
