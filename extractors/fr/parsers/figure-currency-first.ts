/**
 * `fr.figure.currency-first`: an amount written with its currency before the number, as the
 * international press and financial reports write it (`EUR12,4mn`, `EUR 3 000`, `€250`), maybe with an
 * abbreviated multiplier after it (`mn`, `M`, `k`, `bn`, `Md`). French prose puts the sign after the
 * number (`fr.figure.count` reads those); this is the other order. The sign is glued to the number, or
 * the code is spaced from it by one space: a spaced euro sign before a number is most often the closing
 * sign of the amount before it in a table row (`31 000 € 12`), no amount of its own.
 */
import { compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { CURRENCY_FIRST_CODES, CURRENCY_FIRST_MULTIPLIERS } from '../lexicon/measure-symbols.js';
import { NUMBER_PATTERN } from '../patterns.js';
import { formatNumber, parseNumber } from '../units.js';

const RULE = 'fr.figure.currency-first';
const CODES = Object.keys(CURRENCY_FIRST_CODES).join('|');
const MULTIPLIERS = Object.keys(CURRENCY_FIRST_MULTIPLIERS).sort((a, b) => b.length - a.length).join('|');

/**
 * The code or sign (no letter or digit before it), the number (one space after a letter code only), and a
 * multiplier glued or spaced; nothing of a word or a number right after.
 */
const PATTERN = `(?<![\\p{L}\\p{N}])(?<code>${CODES})(?:(?<=\\p{L})[ \\u00a0])?(?<number>${NUMBER_PATTERN})(?:[ \\u00a0]?(?<multiplier>${MULTIPLIERS}))?(?![\\p{L}\\p{N}])`;

export const figureCurrencyFirstParser: Parser = {
  id: RULE,
  pattern: () => compile(PATTERN, 'gu'),
  requires: /(?:EUR|€)\d|EUR[ \u00a0]\d/u,
  extract(_context, match): Candidate | null {
    const { code = '', number = '', multiplier } = match.groups ?? {};
    const unit = CURRENCY_FIRST_CODES[code];
    const value = parseNumber(number) * (multiplier === undefined ? 1 : (CURRENCY_FIRST_MULTIPLIERS[multiplier] ?? 1));
    // `la norme EUR 2019`: a year after the code names an edition, no amount.
    if (unit === undefined || !Number.isFinite(value) || value === 0 || (multiplier === undefined && /^(?:19|20)\d{2}$/u.test(number))) return null;
    // `norme EUR 6`, `un moteur EUR5`: the letter code and one digit of 1 to 7 alone are a vehicle's emission standard
    // (Euro 1 to Euro 7), no amount; an amount that small in euros is written `5 €` or with its cents (`EUR 5,50`).
    if (code === 'EUR' && multiplier === undefined && /^[1-7]$/u.test(number)) return null;
    return { type: 'figure', start: match.index, end: match.index + match[0].length, value: formatNumber(value), unit, confidence: 0.8, rule: RULE, inferred: [] };
  },
};
