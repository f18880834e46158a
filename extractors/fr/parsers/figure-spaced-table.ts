/**
 * Indicator tables laid out with single spaces and joined into one paragraph (pandoc joins the
 * lines of a paragraph; a text layer may lose its column gaps): `Suivi 2022 2023 2024
 * Bénévoles actifs 14 22 30 Heures de chantier 1 200 2 050 3 010 …`. The header's years give the
 * column count N; each row is a label and then exactly N numbers. Digits after a space continue a
 * number only as a group of three (`1 200`), which makes the split into N values unique in
 * practice. Each value counts its row label's head noun; the table ends at the first row that
 * does not fit.
 */
import { compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { labelHeadNoun } from '../figure-label.js';
import { formatNumber, parseNumber } from '../units.js';
import { HOLDS_LETTER } from '../../core/word-shape.js';

/**
 * Two or more years after a short capitalised header label, before a capitalised row label. The
 * match starts at the years (a digit lookahead first, the label in a look-behind), so the pattern
 * costs nothing on the many positions where no year starts.
 */
const PATTERN =
  "(?=[12])(?<=(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{L}[\\p{L}'’-]*){0,2}[ \\t]+)(?<years>(?:19|20)\\d{2}(?:[ \\t\\n]+(?:19|20)\\d{2})+)(?=[ \\t\\n]+\\p{Lu})";
/** One word or number of a row, with its offset. */
const TOKEN = /[^\s]+/gu;
const MAX_ROWS = 30;
const MAX_LABEL_WORDS = 8;
const READ_AHEAD = 1200;

interface Token {
  readonly text: string;
  readonly start: number;
}

/** How many tokens from the first can form one number: `3 400` (continuations of three digits). */
function longestNumber(tokens: readonly Token[]): number {
  if (!/^\d{1,3}$/u.test(tokens[0]?.text ?? '')) return 1;
  let length = 1;
  while (length < tokens.length && /^\d{3}(?:,\d+)?$/u.test(tokens[length]?.text ?? '') && !/,/u.test(tokens[length - 1]?.text ?? '')) length += 1;
  return length;
}

/**
 * Splits number tokens into exactly `columns` numbers, a continuation being exactly three digits.
 * The longest first number that leaves a valid split wins: `1 200 1 450 980` in three columns is
 * 1 200, 1 450, 980 (tables group thousands; a lone three-digit value is rarer).
 */
function splitNumbers(tokens: readonly Token[], columns: number): Token[][] | null {
  if (columns === 0) return tokens.length === 0 ? [] : null;
  for (let length = longestNumber(tokens); length >= 1 && tokens.length > 0; length -= 1) {
    const rest = splitNumbers(tokens.slice(length), columns - 1);
    if (rest !== null) return [tokens.slice(0, length), ...rest];
  }
  return null;
}

interface Row {
  readonly label: string;
  readonly values: readonly Token[][];
}

/** Reads rows from `tokens`: label words, then number tokens, split into `columns` values. */
function readRows(tokens: readonly Token[], columns: number): Row[] {
  const rows: Row[] = [];
  let index = 0;
  while (index < tokens.length && rows.length < MAX_ROWS) {
    const label: Token[] = [];
    while (index < tokens.length && HOLDS_LETTER.test(tokens[index]?.text ?? '') && !/[.:;!?]$/u.test(tokens[index]?.text ?? '')) label.push(tokens[index++]!);
    const numbers: Token[] = [];
    while (index < tokens.length && /^\d+(?:,\d+)?$/u.test(tokens[index]?.text ?? '')) numbers.push(tokens[index++]!);
    if (label.length === 0 || label.length > MAX_LABEL_WORDS) break;
    const values = splitNumbers(numbers, columns);
    if (values === null) break;
    rows.push({ label: label.map((token) => token.text).join(' '), values });
  }
  return rows;
}

export const figureSpacedTableParser: Parser = {
  id: 'fr.figure.spaced-table',
  pattern: () => compile(PATTERN, 'dgu'),
  requires: /(?:19|20)\d{2}[ \t\n]+(?:19|20)\d{2}/u, // a header of two years or more: skip pages without
  extract(context, match): Candidate[] | null {
    const columns = (match.groups?.['years'] ?? '').split(/\s+/u).length;
    const from = match.index + match[0].length;
    const tokens = [...context.text.slice(from, from + READ_AHEAD).matchAll(TOKEN)].map((token) => ({ text: token[0], start: from + token.index }));
    const rows = readRows(tokens, columns);
    if (rows.length < 2) return null;
    const found: Candidate[] = [];
    for (const row of rows) {
      const unit = labelHeadNoun(row.label);
      if (unit === undefined) continue;
      for (const value of row.values) {
        const first = value[0];
        const last = value[value.length - 1];
        if (first === undefined || last === undefined) continue;
        const digits = value.map((token) => token.text).join(' ');
        found.push({
          type: 'figure', start: first.start, end: last.start + last.text.length, value: formatNumber(parseNumber(digits)), unit,
          confidence: 0.7, rule: this.id, inferred: [],
        });
      }
    }
    return found.length === 0 ? null : found;
  },
};
