import { INTL_LOCALE, Language } from './locales';

/**
 * Numbers, money and dates through Intl for the chosen language. The API gives exact decimals
 * as strings; they are shown, never computed on, so Number() is precise enough for display.
 */
export interface Formatters {
  number(value: number | string | null | undefined, maximumFractionDigits?: number): string;
  percent(value: number | string | null | undefined): string;
  money(value: number | string | null | undefined): string;
  date(value: string | Date | null | undefined): string;
  dateTime(value: string | Date | null | undefined): string;
  time(value: string | Date | null | undefined): string;
  /** A chart's month tick ("apr."), with the year on a second line where asked (the first tick, January). */
  axisMonth(value: Date, withYear: boolean): string;
}

const DASH = '–';

function toNumber(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

function toDate(value: string | Date | null | undefined): Date | null {
  if (!value) return null;
  // A bare YYYY-MM-DD is a calendar date: read it at noon UTC so no time zone moves it a day.
  const d = value instanceof Date ? value : new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function formatters(language: Language, timeZone = 'Europe/Oslo'): Formatters {
  const locale = INTL_LOCALE[language];
  const num = (digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const nok = new Intl.NumberFormat(locale, { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'medium', timeZone });
  // Axis ticks are UTC calendar points (dates read at noon UTC), so UTC here.
  const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const guard =
    <T>(parse: (v: T) => number | Date | null, fmt: (v: never) => string) =>
    (v: T) => {
      const parsed = parse(v);
      return parsed === null ? DASH : fmt(parsed as never);
    };
  return {
    number: (value, digits = 1) => guard(toNumber, (n: number) => num(digits).format(n))(value),
    percent: guard(toNumber, (n: number) => pct.format(n)),
    money: guard(toNumber, (n: number) => nok.format(n)),
    date: guard(toDate, (d: Date) => date.format(d)),
    dateTime: guard(toDate, (d: Date) => dateTime.format(d)),
    time: guard(toDate, (d: Date) => time.format(d)),
    axisMonth: (d, withYear) => (withYear ? `${month.format(d)}\n${d.getUTCFullYear()}` : month.format(d)),
  };
}
