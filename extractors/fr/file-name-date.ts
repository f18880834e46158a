/**
 * The date a file's name gives, for a document whose text dates nothing (minutes that say `le 12 mars`,
 * a slide deck without a cover date): people name such files by the meeting's day (`CR-bureau-2024-03-12.pdf`,
 * `12.03.2024 compte rendu.pdf`) or the month (`lettre-mars-2024.pdf`).
 *
 * Read only when the name is a person's choice, so never:
 * - a year alone (`rapport-activite-2022.pdf` is the year reported, published the next);
 * - a date followed by a time of day (`20240312_103512`), the stamp a scanner or a phone writes when it
 *   makes the file, which can be years after the document was written;
 * - a name opened by a device's word (`scan`, `IMG`…) for the same reason;
 * - two different dates (which one is the document's is anybody's guess).
 */
import { alternation } from '../core/pattern.js';
import { DEVICE_FILE_WORDS } from './lexicon/file-extensions.js';
import { MONTHS } from './lexicon/months.js';

const YEAR = '(?<year>(?:19|20)\\d{2})';
const MONTH = '(?<month>0?[1-9]|1[0-2])';
const DAY = '(?<day>0?[1-9]|[12]\\d|3[01])';
const MONTH_NAME = `(?<monthName>${alternation(Object.keys(MONTHS).filter((name) => !name.endsWith('.')))})`;
/** A separator of a file name's parts (`-`, `_`, `.`, a space), the same one throughout a date. */
const SEP = '(?<sep>[-_. ])';
/**
 * A time of day after a date (`_103512`, `-1035`, ` 10.35`, ` 10h35`): a device's stamp. Nothing that
 * reads on as digits may follow it, so the year of a second date is not taken for a time.
 */
const TIME_AFTER = '(?:[-_. T]?(?:[01]\\d|2[0-3])[.:h]?[0-5]\\d(?:[.:]?[0-5]\\d)?(?![-_.:]?\\d))';

/** Each shape a person writes a date in, most precise first; `u` and `i` flags, no digit around. */
const SHAPES: readonly RegExp[] = [
  // 2024-03-12, 2024_03_12, 20240312
  new RegExp(`(?<!\\d)${YEAR}(?<sep>[-_.]?)(?<month>0[1-9]|1[0-2])\\k<sep>(?<day>0[1-9]|[12]\\d|3[01])(?!\\d)(?!${TIME_AFTER})`, 'giu'),
  // 12-03-2024, 12.03.2024, 12 03 2024
  new RegExp(`(?<!\\d)${DAY}${SEP}${MONTH}\\k<sep>${YEAR}(?!\\d)(?!${TIME_AFTER})`, 'giu'),
  // 12-mars-2024, 12 mars 2024
  new RegExp(`(?<!\\d)${DAY}[-_. ]?${MONTH_NAME}[-_. ]?${YEAR}(?!\\d)`, 'giu'),
  // mars-2024, mars2024
  new RegExp(`(?<![\\p{L}\\d])${MONTH_NAME}[-_. ]?${YEAR}(?!\\d)`, 'giu'),
  // 2024-03 (nothing after it that would make it a day)
  new RegExp(`(?<!\\d)${YEAR}[-_.]${MONTH}(?![-_.]?\\d)`, 'giu'),
];

const DEVICE_OPENING = new RegExp(`^${alternation(DEVICE_FILE_WORDS)}(?![\\p{L}])`, 'iu');
const EXTENSION = /\.[a-z0-9]{2,5}$/iu;

const pad = (n: number): string => String(n).padStart(2, '0');

/** `2024-02-30` is no day: the calendar says how many days the month has. */
function realDay(year: number, month: number, day: number): boolean {
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoOfMatch(groups: Readonly<Record<string, string | undefined>>): string | null {
  const year = Number(groups['year']);
  const monthName = groups['monthName']?.toLowerCase();
  const month = monthName === undefined ? Number(groups['month']) : MONTHS[monthName as keyof typeof MONTHS];
  if (groups['day'] === undefined) return `${year}-${pad(month)}`;
  const day = Number(groups['day']);
  return realDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/**
 * The date (`YYYY-MM-DD` or `YYYY-MM`) a file's name gives, or null when it gives none a person chose
 * (see the file's header). `fileName` may carry its folder: only the last part is read.
 */
export function readFileNameDate(fileName: string | undefined): string | null {
  if (fileName === undefined) return null;
  const base = (fileName.split(/[\\/]/u).pop() ?? '').replace(EXTENSION, '');
  if (DEVICE_OPENING.test(base)) return null;
  const found = new Set<string>();
  let covered = '';
  for (const shape of SHAPES) {
    for (const match of base.matchAll(shape)) {
      // A month-precise shape inside a day-precise date already read (`12-mars-2024`, then `mars-2024`) adds nothing.
      if (covered.includes(match[0])) continue;
      const iso = isoOfMatch(match.groups ?? {});
      if (iso === null) return null;
      found.add(iso);
      covered += ` ${match[0]}`;
    }
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}
