/**
 * French month names, abbreviations (with and without dot) and unaccented spellings → 1-12, and
 * the readings OCR makes of the one circumflex of a month (`aoüt`, `aoùt`, `aolt`, `aoit`: no French word).
 */
export const MONTHS = {
  janvier: 1, janv: 1, 'janv.': 1, jan: 1,
  février: 2, fevrier: 2, févr: 2, 'févr.': 2, fevr: 2, 'fevr.': 2, fév: 2, 'fév.': 2, fev: 2,
  mars: 3,
  avril: 4, avr: 4, 'avr.': 4,
  mai: 5,
  juin: 6,
  juillet: 7, juil: 7, 'juil.': 7,
  août: 8, aout: 8, aoû: 8, aoüt: 8, aoùt: 8, aôut: 8, aolt: 8, aoit: 8,
  septembre: 9, sept: 9, 'sept.': 9, sep: 9, 'sep.': 9,
  octobre: 10, oct: 10, 'oct.': 10,
  novembre: 11, nov: 11, 'nov.': 11,
  décembre: 12, decembre: 12, déc: 12, 'déc.': 12, dec: 12, 'dec.': 12,
} as const;

/**
 * The words that open a date on a month and that OCR glues to it when it loses the space
 * (`Enseptembre`, `finoctobre`): the cues of a bare month (parsers/date-month-bare.ts) long
 * enough to mean nothing else at a word's start (not `de`, `le`, `du`: names open on them).
 */
export const GLUED_MONTH_CUES: readonly string[] = ['en', 'fin', 'début', 'debut', 'depuis', 'dès', 'courant'];
