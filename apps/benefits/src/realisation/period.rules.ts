/** A problem with a from/to filter, naming the parameter, or null when the period is usable. */
export interface PeriodProblem {
  field: 'from' | 'to';
  message: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** 2026-02-30 and 2026-13-01 match the pattern but are no day on the calendar. */
export function isCalendarDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

export function periodProblem(from: string | null | undefined, to: string | null | undefined): PeriodProblem | null {
  for (const [field, value] of [['from', from], ['to', to]] as const) {
    if (value != null && !isCalendarDate(value)) return { field, message: `${field} must be a calendar date YYYY-MM-DD (got ${JSON.stringify(value)})` };
  }
  if (from != null && to != null && from > to) return { field: 'to', message: `to (${to}) is before from (${from})` };
  return null;
}
