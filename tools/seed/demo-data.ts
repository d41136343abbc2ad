/**
 * Digi Rogaland: the regional digitalisation collaboration of Rogaland's 23 municipalities.
 * Populations are rounded figures (SSB, 1 January 2024), good enough for demo scaling.
 */
export const DIGI_ROGALAND = {
  id: 'digi-rogaland',
  name: 'Digi Rogaland',
  region: 'Rogaland',
  description:
    'Interkommunalt samarbeid om digitalisering mellom kommunene i Rogaland. Styringsgruppen består av kommunedirektørene.',
};

/**
 * A smaller theme network that has invited Sola and Sandnes; their editors have not answered yet
 * (membership needs the municipality's consent: accept or decline on the municipality's page).
 */
export const VELFERDSTEKNOLOGI_JAEREN = {
  id: 'velferdsteknologi-jaeren',
  name: 'Velferdsteknologi Jæren',
  region: 'Rogaland',
  description: 'Samarbeid om velferdsteknologi i helse- og omsorgstjenestene på Jæren.',
  invited: ['1124', '1108'],
  message: 'Vi inviterer dere med i samarbeidet om digitalt tilsyn og medisineringsstøtte.',
};

export const ROGALAND_MUNICIPALITIES: { id: string; name: string; population: number }[] = [
  { id: '1101', name: 'Eigersund', population: 15_400 },
  { id: '1103', name: 'Stavanger', population: 149_000 },
  { id: '1106', name: 'Haugesund', population: 38_100 },
  { id: '1108', name: 'Sandnes', population: 83_300 },
  { id: '1111', name: 'Sokndal', population: 3_300 },
  { id: '1112', name: 'Lund', population: 3_200 },
  { id: '1114', name: 'Bjerkreim', population: 2_900 },
  { id: '1119', name: 'Hå', population: 19_600 },
  { id: '1120', name: 'Klepp', population: 20_100 },
  { id: '1121', name: 'Time', population: 19_700 },
  { id: '1122', name: 'Gjesdal', population: 12_400 },
  { id: '1124', name: 'Sola', population: 28_100 },
  { id: '1127', name: 'Randaberg', population: 11_700 },
  { id: '1130', name: 'Strand', population: 13_000 },
  { id: '1133', name: 'Hjelmeland', population: 2_600 },
  { id: '1134', name: 'Suldal', population: 3_800 },
  { id: '1135', name: 'Sauda', population: 4_600 },
  { id: '1144', name: 'Kvitsøy', population: 520 },
  { id: '1145', name: 'Bokn', population: 880 },
  { id: '1146', name: 'Tysvær', population: 11_500 },
  { id: '1149', name: 'Karmøy', population: 43_000 },
  { id: '1151', name: 'Utsira', population: 200 },
  { id: '1160', name: 'Vindafjord', population: 8_900 },
];

export interface DemoInitiative {
  title: string;
  description: string;
  owner: string;
  costSharingModel: string;
  expectedBenefits: { type: string; indicator: string; unit: string; amountPerYear: number; scaling: string; direction?: string }[];
  launch: boolean;
}

export interface DemoGoal {
  title: string;
  indicator: string;
  unit: string;
  baselineValue: number;
  targetValue: number;
  targetYear: number;
  initiatives: DemoInitiative[];
}

/** Focus areas follow the national priorities for digitalisation in municipalities. */
export const STRATEGY_2025_2028 = {
  title: 'Digitaliseringsstrategi for Digi Rogaland 2025–2028',
  periodStart: 2025,
  periodEnd: 2028,
  vision: 'Sammen om gode digitale tjenester for innbyggere, næringsliv og ansatte i hele Rogaland.',
  focusAreas: [
    {
      title: 'Brukerorienterte tjenester',
      description: 'Sammenhengende tjenester tatt ut fra innbyggernes livshendelser.',
      goals: [
        {
          title: 'Flere tjenester er heldigitale',
          indicator: 'andel søknadstjenester som er heldigitale',
          unit: '%',
          baselineValue: 42,
          targetValue: 80,
          targetYear: 2028,
          initiatives: [
            {
              title: 'Digital byggesak',
              description: 'Felles løsning for digital søknad og saksbehandling av byggesaker.',
              owner: 'Sandnes kommune',
              costSharingModel: 'BY_POPULATION',
              expectedBenefits: [
                { type: 'EFFICIENCY', indicator: 'saksbehandlingstimer spart', unit: 'NOK', amountPerYear: 18_000, scaling: 'PER_1000_INHABITANTS' },
                { type: 'QUALITY', indicator: 'saksbehandlingstid', unit: 'dager', amountPerYear: 10, scaling: 'FIXED', direction: 'LOWER_IS_BETTER' },
              ],
              launch: true,
            },
          ],
        },
      ],
    },
    {
      title: 'Innovasjon og produktivitet',
      description: 'Automatisering og deling av løsninger som frigjør tid til kjerneoppgaver.',
      goals: [
        {
          title: 'Mindre manuelt arbeid i økonomi og lønn',
          indicator: 'årsverk frigjort',
          unit: 'årsverk',
          baselineValue: 0,
          targetValue: 25,
          targetYear: 2028,
          initiatives: [
            {
              title: 'Robotisering av fakturamottak',
              description: 'Felles RPA-plattform og prosessbibliotek for økonomiprosesser.',
              owner: 'Stavanger kommune',
              costSharingModel: 'EQUAL_SHARE',
              expectedBenefits: [
                { type: 'EFFICIENCY', indicator: 'frigjorte timer i økonomiavdelingen', unit: 'NOK', amountPerYear: 250_000, scaling: 'FIXED' },
              ],
              launch: true,
            },
          ],
        },
      ],
    },
    {
      title: 'Digital kompetanse og deltakelse',
      description: 'Alle innbyggere og ansatte skal kunne ta del i det digitale samfunnet.',
      goals: [
        {
          title: 'Færre innbyggere står utenfor',
          indicator: 'innbyggere som har fått digital veiledning',
          unit: 'personer',
          baselineValue: 1_200,
          targetValue: 6_000,
          targetYear: 2027,
          initiatives: [
            {
              title: 'Digihjelpen i alle kommuner',
              description: 'Felles veiledningstilbud på bibliotek og servicetorg.',
              owner: 'Digi Rogaland sekretariat',
              costSharingModel: 'BY_POPULATION',
              expectedBenefits: [
                { type: 'OTHER_ACTORS', indicator: 'innbyggere veiledet', unit: 'personer', amountPerYear: 15, scaling: 'PER_1000_INHABITANTS' },
              ],
              launch: false,
            },
          ],
        },
      ],
    },
    {
      title: 'Effektiv digitalisering',
      description: 'Felles arkitektur, felles anskaffelser og gjenbruk av nasjonale fellesløsninger.',
      goals: [
        {
          title: 'Felles plattformer i bruk',
          indicator: 'kommuner på felles integrasjonsplattform',
          unit: 'kommuner',
          baselineValue: 5,
          targetValue: 23,
          targetYear: 2028,
          initiatives: [],
        },
      ],
    },
    {
      title: 'Informasjonssikkerhet og personvern',
      description: 'Et felles, godt sikkerhetsnivå og etterlevelse av personvernregelverket.',
      goals: [
        {
          title: 'Alle kommuner har styringssystem for informasjonssikkerhet',
          indicator: 'kommuner med etablert styringssystem',
          unit: 'kommuner',
          baselineValue: 12,
          targetValue: 23,
          targetYear: 2026,
          initiatives: [
            {
              title: 'Felles sikkerhetssenter (SOC)',
              description: 'Overvåking og hendelseshåndtering for alle medlemskommunene.',
              owner: 'Haugesund kommune',
              costSharingModel: 'BY_POPULATION',
              expectedBenefits: [],
              launch: false,
            },
          ],
        },
      ],
    },
  ] as { title: string; description: string; goals: DemoGoal[] }[],
};
