/**
 * What a person types as a document's date, read into the API's form (`YYYY`, `YYYY-MM`,
 * `YYYY-MM-DD`): the ISO forms, and the French ones people write (`20/05/2023`, `05/2023`,
 * `20.05.2023`). A day that no calendar has (`31/02/2023`) is refused, not rolled over.
 */

/** The date read, or null when the text is no date of those forms. */
export function readDocumentDate(typed: string): string | null {
  const text = typed.trim();
  const iso = /^(?<year>\d{4})(?:-(?<month>\d{1,2})(?:-(?<day>\d{1,2}))?)?$/u.exec(text)?.groups;
  const french = /^(?:(?<day>\d{1,2})[/.])?(?<month>\d{1,2})[/.](?<year>\d{4})$/u.exec(text)?.groups;
  const parts = iso ?? french;
  if (parts === undefined) return null;
  return isoDate(Number(parts['year']), parts['month'], parts['day']);
}

function isoDate(year: number, month: string | undefined, day: string | undefined): string | null {
  if (year < 1800 || year > 2200) return null;
  if (month === undefined) return String(year);
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return null;
  const yearMonth = `${year}-${String(monthNumber).padStart(2, '0')}`;
  if (day === undefined) return yearMonth;
  const dayNumber = Number(day);
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  if (dayNumber < 1 || dayNumber > daysInMonth) return null;
  return `${yearMonth}-${String(dayNumber).padStart(2, '0')}`;
}
