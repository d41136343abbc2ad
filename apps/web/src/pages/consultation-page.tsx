import { Alert, Button, Card, Field, Fieldset, Heading, Label, Paragraph, Radio, Select, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { FormEvent, useCallback, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import {
  CloseConsultationDocument,
  ConcludeConsultationDocument,
  ConsultationDispositionKind,
  ConsultationPageDocument,
  ConsultationPageQuery,
  ConsultationResponsesDocument,
  ConsultationResultsDocument,
  MyResponsesDocument,
  SetDispositionDocument,
  SubmitParticipantResponseDocument,
} from '@samspill/client';
import { useSession } from '../auth/session';
import { Chart } from '../components/chart';
import { ErrorMessage, Loading, QueryState } from '../components/query-state';
import { useI18n } from '../i18n';
import { usePageTitle } from '../layout/page-title';

type Consultation = ConsultationPageQuery['consultation'];
type Question = Consultation['questions'][number];
const DISPOSITIONS: ConsultationDispositionKind[] = ['ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED', 'NOTED'];

/** `/consultations/:id`: answer it, see what happened to my input; admins see results, set dispositions and conclude. */
export default function ConsultationPage() {
  const { id = '' } = useParams();
  const { t, fmt } = useI18n();
  const { abilities } = useSession();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ConsultationPageDocument, variables: { id } });
  usePageTitle(data?.consultation.title);
  return (
    <QueryState data={data} fetching={fetching} error={error}>
      {({ consultation: c }) => {
        const admin = abilities.isAdmin(c.networkId);
        return (
          <>
            <p className="meta">
              <RouterLink to="/consultations">{t('consultations.title')}</RouterLink>
            </p>
            <Heading level={1} data-size="lg">
              {c.title}
            </Heading>
            <p className="meta">
              <Tag data-color={c.status === 'OPEN' ? 'success' : 'neutral'}>{t(`consultationStatus.${c.status}`)}</Tag>
              {c.closesAt && ` ${t('consultations.closes', { date: fmt.date(c.closesAt) })}`}
            </p>
            {c.description && <Paragraph>{c.description}</Paragraph>}
            {abilities.isParticipant && <MyInput consultationId={c.id} />}
            {c.status === 'OPEN' && !admin && <AnswerForm consultation={c} />}
            {admin && <AdminTools consultation={c} onChanged={() => refetch({ requestPolicy: 'network-only' })} />}
            {(admin || abilities.isAnalyst || c.status === 'CLOSED' || c.status === 'CONCLUDED') && <Results id={c.id} />}
            {admin && <Responses consultation={c} />}
          </>
        );
      }}
    </QueryState>
  );
}

function MyInput({ consultationId }: { consultationId: string }) {
  const { t, fmt } = useI18n();
  const [{ data }] = useQuery({ query: MyResponsesDocument, variables: {}, requestPolicy: 'cache-and-network' });
  const mine = data?.myResponses.filter((r) => r.consultationId === consultationId) ?? [];
  if (!mine.length) return null;
  return (
    <section aria-labelledby="my-input" data-testid="my-input">
      <Heading level={2} data-size="sm" id="my-input">
        {t('consultations.whatHappened')}
      </Heading>
      {mine.map((r) => (
        <Card key={r.id} data-color={r.disposition ? 'success' : 'neutral'}>
          <p className="meta">{fmt.dateTime(r.submittedAt)}</p>
          <Paragraph>
            {r.disposition ? (
              <>
                <strong>{t(`disposition.${r.disposition.kind}`)}</strong> – {r.disposition.note}
              </>
            ) : (
              t('consultations.pending')
            )}
          </Paragraph>
        </Card>
      ))}
    </section>
  );
}

type Answer = { text?: string; scale?: number; ranking?: string[] };

function AnswerForm({ consultation: c }: { consultation: Consultation }) {
  const { t } = useI18n();
  const { abilities } = useSession();
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [state, submit] = useMutation(SubmitParticipantResponseDocument);
  const [done, setDone] = useState(false);
  const [, refetchMine] = useQuery({ query: MyResponsesDocument, variables: {}, pause: true });
  if (!abilities.isParticipant && !(c.allowAnonymous && !abilities.signedIn)) {
    return abilities.signedIn ? null : <Paragraph>{t('consultations.signInToAnswer')}</Paragraph>;
  }
  if (done) return <Alert data-color="success">{t('consultations.submitted')}</Alert>;
  const set = (q: string, a: Answer) => setAnswers((prev) => ({ ...prev, [q]: { ...prev[q], ...a } }));
  async function send(e: FormEvent) {
    e.preventDefault();
    const input = {
      answers: c.questions
        .map((q) => ({ questionId: q.id, ...answers[q.id] }))
        .filter((a) => a.text?.trim() || a.scale !== undefined || a.ranking?.length),
    };
    const result = await submit({ consultationId: c.id, input });
    if (!result.error) {
      setDone(true);
      if (abilities.isParticipant) refetchMine({ requestPolicy: 'network-only' });
    }
  }
  return (
    <form className="answer-form" onSubmit={(e) => void send(e)}>
      <Heading level={2} data-size="sm">
        {t('consultations.answer')}
      </Heading>
      {c.allowAnonymous && <Paragraph data-size="sm">{t('consultations.anonymousAllowed')}</Paragraph>}
      {c.questions.map((q) => (
        <QuestionInput key={q.id} q={q} value={answers[q.id]} onChange={(a) => set(q.id, a)} />
      ))}
      {state.error && <ErrorMessage error={state.error} />}
      <Button type="submit" disabled={state.fetching}>
        {t('consultations.submit')}
      </Button>
    </form>
  );
}

function QuestionInput({ q, value, onChange }: { q: Question; value?: Answer; onChange(a: Answer): void }) {
  const { t } = useI18n();
  if (q.kind === 'FREE_TEXT') {
    return <Textfield label={q.prompt} multiline rows={4} maxLength={q.maxLength ?? undefined} value={value?.text ?? ''} onChange={(e) => onChange({ text: e.target.value })} />;
  }
  if (q.kind === 'SCALE') {
    const min = q.min ?? 1;
    const max = q.max ?? 5;
    return (
      <Fieldset>
        <Fieldset.Legend>{q.prompt}</Fieldset.Legend>
        <Fieldset.Description>{t('consultations.scaleLabel', { min, max })}</Fieldset.Description>
        <div className="scale">
          {Array.from({ length: max - min + 1 }, (_, i) => min + i).map((n) => (
            <Radio key={n} name={`q-${q.id}`} label={String(n)} value={String(n)} checked={value?.scale === n} onChange={() => onChange({ scale: n })} />
          ))}
        </div>
      </Fieldset>
    );
  }
  const options = q.options ?? [];
  const ranking = value?.ranking ?? [];
  return (
    <Fieldset>
      <Fieldset.Legend>{q.prompt}</Fieldset.Legend>
      <Fieldset.Description>{t('consultations.rankingHint')}</Fieldset.Description>
      <div className="form-row">
        {options.map((_, i) => (
          <Field key={i} data-size="sm">
            <Label>{t('consultations.rank', { n: i + 1 })}</Label>
            <Select
              value={ranking[i] ?? ''}
              onChange={(e) => {
                const next = [...ranking];
                next[i] = e.target.value;
                onChange({ ranking: next.filter(Boolean) });
              }}
            >
              <Select.Option value="">–</Select.Option>
              {options.map((o) => (
                <Select.Option key={o} value={o}>
                  {o}
                </Select.Option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
    </Fieldset>
  );
}

function AdminTools({ consultation: c, onChanged }: { consultation: Consultation; onChanged(): void }) {
  const { t } = useI18n();
  const [closeState, close] = useMutation(CloseConsultationDocument);
  const [concludeState, conclude] = useMutation(ConcludeConsultationDocument);
  const error = closeState.error ?? concludeState.error;
  return (
    <div className="actions">
      {c.status === 'OPEN' && (
        <Button variant="secondary" onClick={() => void close({ id: c.id }).then(onChanged)}>
          {t('consultations.closeNow')}
        </Button>
      )}
      {c.status === 'CLOSED' && (
        <Button variant="secondary" onClick={() => void conclude({ id: c.id }).then(onChanged)}>
          {t('consultations.conclude')}
        </Button>
      )}
      {error && <ErrorMessage error={error} />}
    </div>
  );
}

function Results({ id }: { id: string }) {
  const { t, fmt } = useI18n();
  const [{ data, error, fetching }] = useQuery({ query: ConsultationResultsDocument, variables: { id } });
  const results = data?.consultation.results;
  const render = useCallback(
    (Plot: typeof import('@observablehq/plot'), width: number) => {
      const rows = (results?.questions ?? []).filter((q) => q.kind === 'SCALE').flatMap((q) => q.distribution.map((d) => ({ question: q.prompt, value: String(d.value), count: d.count })));
      return Plot.plot({ width, height: 200, marginLeft: 40, x: { label: null }, y: { grid: true, label: null }, marks: [Plot.barY(rows, { x: 'value', y: 'count', fill: '#0062ba' }), Plot.ruleY([0])] });
    },
    [results],
  );
  if (fetching && !data) return <Loading />;
  if (error || !results) return null;
  const scale = results.questions.find((q) => q.kind === 'SCALE');
  return (
    <section aria-labelledby="results-heading">
      <Heading level={2} data-size="sm" id="results-heading">
        {t('consultations.results')} ({t('consultations.responses', { count: results.responseCount })})
      </Heading>
      {scale && <Chart title={scale.prompt} render={render} />}
      <div className="table-scroll" tabIndex={0}>
        <Table data-size="sm" zebra>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('consultations.question')}</Table.HeaderCell>
              <Table.HeaderCell className="num">{t('consultations.answers')}</Table.HeaderCell>
              <Table.HeaderCell>{t('consultations.mean')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {results.questions.map((q) => (
              <Table.Row key={q.questionId}>
                <Table.Cell>{q.prompt}</Table.Cell>
                <Table.Cell className="num">{fmt.number(q.answerCount, 0)}</Table.Cell>
                <Table.Cell>
                  {q.kind === 'SCALE' && `${fmt.number(q.mean)} (${q.distribution.map((d) => `${d.value}: ${d.count}`).join(', ')})`}
                  {q.kind === 'RANKING' && q.ranking.map((r) => `${r.position}. ${r.option} (${t('consultations.score')} ${r.score})`).join('; ')}
                  {q.kind === 'FREE_TEXT' && '–'}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </section>
  );
}

function Responses({ consultation: c }: { consultation: Consultation }) {
  const { t, fmt } = useI18n();
  const [{ data, error, fetching }, refetch] = useQuery({ query: ConsultationResponsesDocument, variables: { id: c.id } });
  if (error) return <ErrorMessage error={error} />;
  if (fetching && !data) return <Loading />;
  const responses = data?.consultation.responses?.edges.map((e) => e.node) ?? [];
  const prompt = new Map(c.questions.map((q) => [q.id, q.prompt]));
  return (
    <section aria-labelledby="responses-heading">
      <Heading level={2} data-size="sm" id="responses-heading">
        {t('consultations.responses', { count: responses.length })}
      </Heading>
      <ul className="card-list responses">
        {responses.map((r) => (
          <li key={r.id}>
            <Card data-color="neutral" data-response={r.id}>
              <Heading level={3} data-size="2xs">
                {r.municipality?.name ?? (r.anonymous ? t('consultations.respondentAnonymous') : t('consultations.respondentParticipant'))} · {fmt.dateTime(r.submittedAt)}
              </Heading>
              <ul className="answers">
                {(r.answers ?? []).map((a) => (
                  <li key={a.questionId}>
                    <span className="answers__q">{prompt.get(a.questionId)}:</span> {a.text ?? (a.scale !== null ? String(a.scale) : (a.ranking ?? []).join(' › '))}
                  </li>
                ))}
              </ul>
              <DispositionForm responseId={r.id} current={r.disposition} onSaved={() => refetch({ requestPolicy: 'network-only' })} />
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}

function DispositionForm({ responseId, current, onSaved }: { responseId: string; current: { kind: ConsultationDispositionKind; note: string } | null; onSaved(): void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<ConsultationDispositionKind>(current?.kind ?? 'NOTED');
  const [note, setNote] = useState(current?.note ?? '');
  const [saved, setSaved] = useState(false);
  const [state, save] = useMutation(SetDispositionDocument);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = await save({ responseId, input: { kind, note } });
    if (!result.error) {
      setSaved(true);
      onSaved();
    }
  }
  return (
    <form className="disposition-form" onSubmit={(e) => void submit(e)}>
      <div className="form-row">
        <Field data-size="sm">
          <Label>{t('consultations.dispositionKind')}</Label>
          <Select value={kind} onChange={(e) => setKind(e.target.value as ConsultationDispositionKind)}>
            {DISPOSITIONS.map((d) => (
              <Select.Option key={d} value={d}>
                {t(`disposition.${d}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Textfield data-size="sm" label={t('consultations.dispositionNote')} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      {state.error && <ErrorMessage error={state.error} />}
      {saved && !state.error && (
        <Alert data-color="success" data-size="sm">
          {t('consultations.dispositionSaved')}
        </Alert>
      )}
      <Button type="submit" data-size="sm" variant="secondary" disabled={state.fetching}>
        {t('consultations.setDisposition')}
      </Button>
    </form>
  );
}
