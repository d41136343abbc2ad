import { badInput } from '@samspill/server-graphql';
import { formatAmount, MAX_ABS_AMOUNT, parseAmount } from '../../common/decimal';
import { todayInOslo } from '../../common/oslo-date';

/** A user-supplied amount, normalised; anything not a finite, sane decimal is BAD_USER_INPUT. */
export function amountInput(text: string, field: string): string {
  const cents = parseAmount(text);
  if (cents === null) throw badInput(`${field} must be a decimal number with at most two decimals`, field);
  if ((cents < 0n ? -cents : cents) > MAX_ABS_AMOUNT) throw badInput(`${field} is out of range (|value| ≤ 1e13)`, field);
  return formatAmount(cents);
}

/** A calendar date that exists (2025-02-30 does not). */
export function dateInput(text: string, field: string): string {
  const d = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text) throw badInput(`${field} is not a valid date`, field);
  return text;
}

/** A valid date that is not after today in Norway: nobody can have measured tomorrow. */
export function pastDateInput(text: string, field: string): string {
  const date = dateInput(text, field);
  const today = todayInOslo();
  if (date > today) throw badInput(`${field} ${date} is in the future (today is ${today} in Europe/Oslo)`, field);
  return date;
}
