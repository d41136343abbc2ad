import { Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { useQuery } from 'urql';
import { AdoptionCaseFieldsFragment, MunicipalityBenefitsDocument, MunicipalityPageDocument } from '@samspill/client';
import { useSession } from '../auth/session';
import { PhaseStepper } from '../components/phase-stepper';
import { Loading, QueryState } from '../components/query-state';
import { RealisationTable } from '../components/realisation-table';
import { StatusLight } from '../components/status-light';
import { UpdatedAt } from '../components/updated-at';
import { usePolledQuery } from '../graphql/use-polled-query';
import { useI18n } from '../i18n';
import { usePageTitle } from '../layout/page-title';
import { CaseDialog, OpenCase } from '../matrix/case-dialog';
import { MunicipalityInvitations } from './municipality-invitations';

/** `/municipalities/:id`: a member's adoption cases, portfolio and benefit realisation, followed live. */
export default function MunicipalityPage() {
  const { id = '' } = useParams();
  const { t, fmt } = useI18n();
  const { abilities } = useSession();
  const { result, updatedAt, refresh } = usePolledQuery(MunicipalityPageDocument, { id });
  const [open, setOpen] = useState<OpenCase | null>(null);
  usePageTitle(result.data?.municipality.name);
  return (
    <QueryState data={result.data} fetching={result.fetching} error={result.error}>
      {({ municipality: m }) => (
        <>
          <div className="page-head">
            <Heading level={1} data-size="lg">
              {m.name}
            </Heading>
            <UpdatedAt at={updatedAt} />
          </div>
          <Paragraph>
            {m.county} · {t('municipality.population', { population: fmt.number(m.population, 0) })}
          </Paragraph>

          {abilities.canEdit(m.id) && <MunicipalityInvitations municipalityId={m.id} onChanged={refresh} />}

          <section aria-labelledby="cases-heading">
            <Heading level={2} data-size="sm" id="cases-heading">
              {t('municipality.cases')}
            </Heading>
            {m.adoptionCases.length === 0 ? (
              <Paragraph>{t('municipality.noCases')}</Paragraph>
            ) : (
              <ul className="card-list cases">
                {m.adoptionCases.map((c) => (
                  <CaseCard key={c.id} c={c} canEdit={abilities.canEdit(m.id)} onOpen={() => setOpen({ initiativeId: c.initiativeId, initiativeTitle: c.initiativeTitle, municipalityId: m.id, municipalityName: m.name })} />
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="portfolio-heading">
            <Heading level={2} data-size="sm" id="portfolio-heading">
              {t('municipality.portfolio')}
            </Heading>
            {m.projects.length === 0 ? (
              <Paragraph>{t('municipality.noProjects')}</Paragraph>
            ) : (
              <ul className="card-list projects" data-testid="projects">
                {m.projects.map((p) => (
                  <li key={p.id}>
                    <Card data-color="neutral">
                      <Heading level={3} data-size="xs">
                        <RouterLink to={`/projects/${p.id}`}>{p.name}</RouterLink>
                      </Heading>
                      {p.initiative && (
                        <Paragraph data-size="sm">
                          {t('project.initiative')}: {p.initiative.title}
                        </Paragraph>
                      )}
                      <PhaseStepper phase={p.phase} />
                      {p.latestStatus && (
                        <Paragraph data-size="sm">
                          <StatusLight value={p.latestStatus.overall} label={t('project.overall')} /> · {fmt.date(p.latestStatus.reportedAt)}
                        </Paragraph>
                      )}
                    </Card>
                  </li>
                ))}
              </ul>
            )}
          </section>

          {abilities.signedIn && <MunicipalityBenefits id={m.id} />}
          <CaseDialog open={open} onClose={() => setOpen(null)} onChanged={refresh} />
        </>
      )}
    </QueryState>
  );
}

function CaseCard({ c, canEdit, onOpen }: { c: AdoptionCaseFieldsFragment; canEdit: boolean; onOpen(): void }) {
  const { t, fmt } = useI18n();
  const open = c.status === 'OPEN' || c.status === 'DEFERRED';
  return (
    <li>
      <Card data-color="neutral" className={open ? 'case-card case-card--open' : 'case-card'}>
        <Heading level={3} data-size="xs">
          {c.initiativeTitle}
        </Heading>
        <p className="meta">
          <Tag data-color={open ? 'warning' : c.status === 'DECLINED' ? 'neutral' : 'success'}>{t(`caseStatus.${c.status}`)}</Tag>{' '}
          {c.decidedAt ? fmt.date(c.decidedAt) : t('municipality.openedOn', { date: fmt.date(c.openedAt) })}
          {c.decidingBody ? ` · ${c.decidingBody}` : ''}
          {c.caseNumber ? ` (${c.caseNumber})` : ''}
        </p>
        {c.rationale && <Paragraph data-size="sm">{c.rationale}</Paragraph>}
        <Button data-size="sm" data-color="accent" variant={canEdit && open ? 'primary' : 'secondary'} onClick={onOpen}>
          {canEdit ? (open ? t('case.decide') : t('case.reconsider')) : t('case.openCase')}
        </Button>
      </Card>
    </li>
  );
}

function MunicipalityBenefits({ id }: { id: string }) {
  const { t } = useI18n();
  const [{ data, error, fetching }] = useQuery({ query: MunicipalityBenefitsDocument, variables: { id } });
  if (fetching && !data) return <Loading />;
  // Benefits are not public for every caller: a refusal simply leaves the section out.
  if (error || !data?.municipality.benefitRealisation) return null;
  const { lines, gaps } = data.municipality.benefitRealisation;
  return (
    <section aria-labelledby="benefits-heading">
      <Heading level={2} data-size="sm" id="benefits-heading">
        {t('municipality.benefits')}
      </Heading>
      {lines.length > 0 && <RealisationTable lines={lines} caption={t('municipality.benefits')} />}
      {gaps.length > 0 && (
        <>
          <Heading level={3} data-size="2xs">
            {t('municipality.gaps')}
          </Heading>
          <ul>
            {gaps.slice(0, 10).map((g) => (
              <li key={g.benefitId}>
                <RouterLink to={`/projects/${g.projectId}`}>{g.indicator}</RouterLink>:{' '}
                {[g.missingBaseline && t('municipality.gapMissingBaseline'), g.missingTarget && t('municipality.gapMissingTarget'), g.missingMeasurements && t('municipality.gapMissingMeasurements')].filter(Boolean).join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
