/**
 * How a document date the extractors inferred agrees with the gold's `doc_date` (GOLD_SCHEMA.md:
 * `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, the document's publication or event date). Relative dates
 * (`l'an dernier`, `en mars dernier`) and days written without a year are placed from the inferred
 * date, so a wrong year there becomes a wrong date wherever the text leaves the year out.
 */

/** The agreements, from the closest to none; the order is the report's column order. */
export const DATE_AGREEMENTS = ['same-day', 'same-month', 'same-year', 'year-off-by-one', 'year-wrong', 'no-date', 'no-gold'] as const;
export type DateAgreement = (typeof DATE_AGREEMENTS)[number];

const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

interface DateParts {
  readonly year: number;
  readonly month: string | undefined;
  readonly day: string | undefined;
}

function parts(value: string | undefined | null): DateParts | undefined {
  const match = value === undefined || value === null ? null : DATE_SHAPE.exec(value.trim());
  if (match === null) return undefined;
  return { year: Number(match[1]), month: match[2], day: match[3] };
}

/**
 * The agreement of an inferred document date with the gold's. A part the gold leaves out is not
 * held against the inference: gold `2024` and inferred `2024-03-05` agree on the year, which is
 * all the gold says. `no-gold` when the gold has no readable `doc_date`.
 */
export function documentDateAgreement(gold: string | undefined, inferred: string | undefined | null): DateAgreement {
  const expected = parts(gold);
  if (expected === undefined) return 'no-gold';
  const found = parts(inferred);
  if (found === undefined) return 'no-date';
  if (found.year !== expected.year) return Math.abs(found.year - expected.year) === 1 ? 'year-off-by-one' : 'year-wrong';
  if (expected.month === undefined || found.month !== expected.month) return 'same-year';
  if (expected.day === undefined || found.day !== expected.day) return 'same-month';
  return 'same-day';
}

/** True when the agreement puts relative and yearless dates in the right year. */
export const yearAgrees = (agreement: DateAgreement): boolean => agreement === 'same-day' || agreement === 'same-month' || agreement === 'same-year';
