/** Plain domain types of a consultation, shared by the entities, the rules and the GraphQL layer. */
export enum ConsultationStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  CONCLUDED = 'CONCLUDED',
}

export enum SubjectType {
  STRATEGY = 'STRATEGY',
  INITIATIVE = 'INITIATIVE',
  PROJECT = 'PROJECT',
}

export enum Audience {
  MEMBER_MUNICIPALITIES = 'MEMBER_MUNICIPALITIES',
  EMPLOYEES = 'EMPLOYEES',
  CITIZENS = 'CITIZENS',
  PARTNERS = 'PARTNERS',
}

export enum QuestionKind {
  FREE_TEXT = 'FREE_TEXT',
  SCALE = 'SCALE',
  RANKING = 'RANKING',
}

export enum RespondentKind {
  MUNICIPALITY = 'MUNICIPALITY',
  PARTICIPANT = 'PARTICIPANT',
}

export enum DispositionKind {
  ADOPTED = 'ADOPTED',
  PARTLY_ADOPTED = 'PARTLY_ADOPTED',
  NOT_ADOPTED = 'NOT_ADOPTED',
  NOTED = 'NOTED',
}

export interface Question {
  id: string;
  kind: QuestionKind;
  prompt: string;
  maxLength: number | null;
  min: number | null;
  max: number | null;
  options: string[] | null;
}

export interface Answer {
  questionId: string;
  text?: string | null;
  scale?: number | null;
  ranking?: string[] | null;
}

/** Hard ceiling for any free-text answer, whatever a question allows. */
export const MAX_TEXT = 5000;
