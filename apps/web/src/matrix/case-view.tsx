import { Alert, Button, Field, Heading, Label, Link, Select, Textfield } from '@digdir/designsystemet-react';
import { FormEvent, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useMutation, useQuery } from 'urql';
import {
  AdoptionCaseFieldsFragment,
  AdoptionCaseForCellDocument,
  AdoptionDecision,
  DecideAdoptionDocument,
  ReconsiderAdoptionDocument,
} from '@samspill/client';
import { useSession } from '../auth/session';
import { ErrorMessage, QueryState } from '../components/query-state';
import { useI18n } from '../i18n';

const DECISIONS: AdoptionDecision[] = ['ADOPT', 'ADAPT', 'DECLINE', 'DEFER'];

/** One adoption case found by its matrix cell. */
export function CaseForCell({ initiativeId, municipalityId, onChanged }: { initiativeId: string; municipalityId: string; onChanged(): void }) {
  const { t } = useI18n();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AdoptionCaseForCellDocument, variables: { initiativeId, municipalityId }, requestPolicy: 'network-only' });
  return (
    <QueryState data={data} fetching={fetching} error={error}>
      {(d) => {
        const c = d.adoptionCases.edges[0]?.node;
        if (!c) return <p>{t('case.noCase')}</p>;
        return (
          <CaseView
            adoptionCase={c}
            onChanged={() => {
              refetch({ requestPolicy: 'network-only' });
              onChanged();
            }}
          />
        );
      }}
    </QueryState>
  );
}

/** A case: its timeline, and for its municipality's editor the decision (or reconsideration) form. */
export function CaseView({ adoptionCase: c, onChanged }: { adoptionCase: AdoptionCaseFieldsFragment; onChanged(): void }) {
  const { t, fmt } = useI18n();
  const { abilities } = useSession();
  const canDecide = abilities.canEdit(c.municipalityId);
  const final = c.status === 'ADOPTED' || c.status === 'ADAPTED' || c.status === 'DECLINED';
  return (
    <div className="case-view">
      <Heading level={3} data-size="xs">
        {t('case.timeline')}
      </Heading>
      <ol className="timeline">
        {c.initiative?.launchedAt && (
          <li>
            <time dateTime={c.initiative.launchedAt}>{fmt.date(c.initiative.launchedAt)}</time> {t('case.launched')}
          </li>
        )}
        <li>
          <time dateTime={c.openedAt}>{fmt.date(c.openedAt)}</time> {t('case.opened')}
        </li>
        {c.decisions.map((d) => (
          <li key={d.id}>
            <time dateTime={d.decidedAt}>{fmt.date(d.decidedAt)}</time>{' '}
            <strong>{t(d.reconsideration ? 'case.reconsidered' : 'case.decidedEvent', { decision: t(`decision.${d.decision}`) })}</strong>
            {d.decidingBody ? ` ${t('case.by', { body: d.decidingBody })}` : ''}
            {d.caseNumber ? ` (${d.caseNumber})` : ''}
            <br />
            <span className="timeline__text">{d.rationale}</span>
            {d.reason && <span className="timeline__text"> – {d.reason}</span>}
          </li>
        ))}
        {c.project && (
          <li>
            {t('case.projectCreated', { name: c.project.name })}:{' '}
            <Link asChild>
              <RouterLink to={`/projects/${c.project.id}`}>{t(`phase.${c.project.phase}`)}</RouterLink>
            </Link>
          </li>
        )}
      </ol>
      {canDecide && <DecisionForm caseId={c.id} reconsider={final} onDone={onChanged} />}
    </div>
  );
}

function DecisionForm({ caseId, reconsider, onDone }: { caseId: string; reconsider: boolean; onDone(): void }) {
  const { t } = useI18n();
  const [decision, setDecision] = useState<AdoptionDecision>('ADOPT');
  const [rationale, setRationale] = useState('');
  const [decidingBody, setDecidingBody] = useState('');
  const [caseNumber, setCaseNumber] = useState('');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [decideState, decide] = useMutation(DecideAdoptionDocument);
  const [reconsiderState, reconsiderCase] = useMutation(ReconsiderAdoptionDocument);
  const state = reconsider ? reconsiderState : decideState;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!rationale.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const common = { decision, rationale: rationale.trim(), decidingBody: decidingBody.trim() || null, caseNumber: caseNumber.trim() || null };
    const result = reconsider
      ? await reconsiderCase({ caseId, input: { ...common, reason: reason.trim() || rationale.trim() } })
      : await decide({ caseId, input: common });
    if (!result.error) {
      setSaved(true);
      onDone();
    }
  }

  return (
    <form className="decision-form" onSubmit={(e) => void submit(e)} noValidate>
      <Heading level={3} data-size="xs">
        {reconsider ? t('case.reconsider') : t('case.decide')}
      </Heading>
      <Field>
        <Label>{t('case.decision')}</Label>
        <Select name="decision" value={decision} onChange={(e) => setDecision(e.target.value as AdoptionDecision)}>
          {DECISIONS.map((d) => (
            <Select.Option key={d} value={d}>
              {t(`decision.${d}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        label={t('case.rationale')}
        name="rationale"
        multiline
        rows={3}
        value={rationale}
        onChange={(e) => setRationale(e.target.value)}
        error={missing ? t('case.rationaleRequired') : undefined}
        required
      />
      <div className="form-row">
        <Textfield label={t('case.decidingBody')} description={t('case.decidingBodyHint')} name="decidingBody" value={decidingBody} onChange={(e) => setDecidingBody(e.target.value)} />
        <Textfield label={t('case.caseNumber')} name="caseNumber" value={caseNumber} onChange={(e) => setCaseNumber(e.target.value)} />
      </div>
      {reconsider && <Textfield label={t('case.reason')} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} />}
      {state.error && <ErrorMessage error={state.error} />}
      {saved && !state.error && (
        <Alert data-color="success" role="status">
          {t('case.saved')}
        </Alert>
      )}
      <Button type="submit" disabled={state.fetching}>
        {t('case.submit')}
      </Button>
    </form>
  );
}
