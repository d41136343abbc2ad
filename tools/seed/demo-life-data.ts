/**
 * The "living" part of the demo (issue 12): more initiatives, decisions of every kind, projects
 * in every phase, two years of quarterly benefit measurements, consultations and the
 * strategizing log. Plain data; demo-life.ts loads it through the API.
 */
export const MORE_INITIATIVES: { goalTitle: string; title: string; description: string; owner: string; costSharingModel: string; expectedBenefits: { type: string; indicator: string; unit: string; amountPerYear: number; scaling: string }[] }[] = [
  {
    goalTitle: 'Flere tjenester er heldigitale',
    title: 'Felles chatbot for innbyggerdialog',
    description: 'Én chatbot for vanlige spørsmål på tvers av kommunene.',
    owner: 'Sola kommune',
    costSharingModel: 'EQUAL_SHARE',
    expectedBenefits: [{ type: 'EFFICIENCY', indicator: 'henvendelser besvart automatisk', unit: 'NOK', amountPerYear: 120_000, scaling: 'FIXED' }],
  },
  {
    goalTitle: 'Mindre manuelt arbeid i økonomi og lønn',
    title: 'Automatisert lønnskontroll',
    description: 'Regelbasert kontroll av variable lønnsarter før utbetaling.',
    owner: 'Stavanger kommune',
    costSharingModel: 'BY_POPULATION',
    expectedBenefits: [{ type: 'EFFICIENCY', indicator: 'timer spart i lønnskontroll', unit: 'NOK', amountPerYear: 9_000, scaling: 'PER_1000_INHABITANTS' }],
  },
  {
    goalTitle: 'Færre innbyggere står utenfor',
    title: 'Digihjelp på biblioteket',
    description: 'Faste digihjelp-tider på folkebibliotekene.',
    owner: 'Klepp kommune',
    costSharingModel: 'EQUAL_SHARE',
    expectedBenefits: [{ type: 'OTHER_ACTORS', indicator: 'innbyggere som har fått hjelp', unit: 'personer', amountPerYear: 200, scaling: 'FIXED' }],
  },
  {
    goalTitle: 'Felles plattformer i bruk',
    title: 'Felles integrasjonsplattform',
    description: 'Delt plattform for integrasjoner mellom fagsystemer.',
    owner: 'Sandnes kommune',
    costSharingModel: 'BY_USAGE',
    expectedBenefits: [{ type: 'EFFICIENCY', indicator: 'lisens- og driftskostnader', unit: 'NOK', amountPerYear: 150_000, scaling: 'FIXED' }],
  },
];

export const DECISION_RATIONALES: Record<string, string> = {
  ADOPT: 'Passer med kommunens digitaliseringsplan og budsjett.',
  ADAPT: 'Innføres med lokal tilpasning til eksisterende fagsystem.',
  DECLINE: 'Kommunen har allerede en tilsvarende løsning.',
  DEFER: 'Vurderes på nytt etter budsjettbehandlingen.',
};

export const DECIDING_BODIES = ['Formannskapet', 'Kommunestyret', 'Kommunedirektørens ledergruppe'];

export const PHASES = ['IDEA', 'CONCEPT', 'PLANNING', 'EXECUTION', 'REALISATION', 'CLOSED'] as const;

/** Public summaries (reports marked public) that portals show for published projects. */
export const PUBLIC_SUMMARIES = ['Prosjektet går etter planen.', 'Løsningen er tatt i bruk i de første enhetene.', 'Leveransen er noe forsinket, men innbyggerne merker ingen endring ennå.', 'Opplæringen av ansatte er fullført.'];

export const STATUS_COMMENTS = ['Følger planen.', 'Leverandøren er forsinket med integrasjonen.', 'Budsjettet er presset etter endringsordre.', 'Opplæringen er gjennomført i alle enheter.'];

export const ACTIVITIES: { kind: string; tranche: string; title: string; occurredOn: string; participants: string[]; outcome: string; decidingBody?: string; caseNumber?: string }[] = [
  { kind: 'WORKSHOP', tranche: 'T1_NETWORK', title: 'Strategiverksted: innsatsområder og mål', occurredOn: '2024-09-12', participants: ['Digitaliseringsledere i 23 kommuner', 'KS'], outcome: 'Fem innsatsområder foreslått.' },
  { kind: 'CONSULTATION', tranche: 'T2_INTERPLAY', title: 'Høring av strategiutkastet i kommunene', occurredOn: '2024-10-20', participants: ['Alle medlemskommuner'], outcome: '19 høringssvar; informasjonssikkerhet løftet fram.' },
  { kind: 'ANCHORING', tranche: 'T2_INTERPLAY', title: 'Forankring i kommunedirektørutvalget', occurredOn: '2024-11-14', participants: ['Kommunedirektørene'], outcome: 'Tilslutning til prioriteringene.' },
  { kind: 'MEETING', tranche: 'T3_MUNICIPAL', title: 'Porteføljemøte i Sola kommune', occurredOn: '2025-02-03', participants: ['Sola kommune'], outcome: 'Digital byggesak prioritert i porteføljen.' },
  { kind: 'DECISION', tranche: 'T1_NETWORK', title: 'Styringsgruppen lanserer fire nye fellesinitiativ', occurredOn: '2025-03-06', participants: ['Styringsgruppen'], outcome: 'Chatbot, lønnskontroll, digihjelp og integrasjonsplattform lansert.', decidingBody: 'Styringsgruppen', caseNumber: 'Sak 2025/08' },
  { kind: 'WORKSHOP', tranche: 'T2_INTERPLAY', title: 'Gevinstverksted med gevinsteiere', occurredOn: '2025-09-18', participants: ['Gevinsteiere i 12 kommuner'], outcome: 'Felles nullpunktsmålinger avtalt.' },
  { kind: 'DECISION', tranche: 'T1_NETWORK', title: 'Styringsgruppen reviderer strategien (versjon 2)', occurredOn: '2026-03-05', participants: ['Styringsgruppen'], outcome: 'Informasjonssikkerhet styrket etter høringen.', decidingBody: 'Styringsgruppen', caseNumber: 'Sak 2026/04' },
];

/** Quarter ends for two years of measurements, oldest first. */
export const MEASUREMENT_QUARTERS = ['2024-12-31', '2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31', '2026-03-31', '2026-06-30', '2026-09-30'];
