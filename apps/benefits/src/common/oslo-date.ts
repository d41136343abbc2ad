/** Today's date in Norway (YYYY-MM-DD): "in the future" is judged by the municipalities' own calendar. */
export function todayInOslo(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
