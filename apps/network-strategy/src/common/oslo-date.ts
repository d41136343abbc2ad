/** Today's date in Norway (YYYY-MM-DD): a membership accepted today starts on the municipalities' own calendar day. */
export function todayInOslo(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
