/**
 * Repairs of OCR damage for the normaliser, each an offset-keeping edit, each made only when the
 * repaired form is a dictionary word (or a capitalised name after a function word) and the
 * damaged one is not: an elided article read as `I'` or lost (`I'ESS`, ` 'inter`), a short
 * word glued to the next (`laFabrique`, `dansle`), a word split by a hyphen and a space inside
 * a line (`coopéra- tion`). Accents are not repaired: the common-word lexicon is accent-folded, so
 * it cannot tell `role` from `rôle`; the rules match accent-insensitively instead.
 */
import { alternation } from '../core/pattern.js';
import type { TextEdit } from '../core/edit-map.js';
import { GLUE_PREFIXES } from './lexicon/glue-prefixes.js';
import { isCommonWord } from './lexicon-lookup.js';

/** `I'ESS`, `I'entraide`: a capital I before an apostrophe is an elided `l'`. */
const I_FOR_L = /(?<![\p{L}\p{N}])I'(?=\p{L})/gu;
/** ` 'inter-réseaux`, ` 'Etat`: the `l` of an elision lost before a vowel. */
const LOST_L = /(?<=[\s(])'(?=[aeiouyhéèêâîôûAEIOUYÉÈÊ]\p{Ll})/gu;
/** A short word glued to the next one: `laFabrique`, `dansle`. */
const GLUED = new RegExp(`(?<![\\p{L}\\p{N}'])(?<prefix>${alternation(GLUE_PREFIXES)})(?<rest>\\p{L}{2,})(?![\\p{L}\\p{N}'])`, 'gu');
/** `del'association`, `etl'école`: a short word glued to an elided article. */
const GLUED_ELISION = /(?<![\p{L}\p{N}'])(?:de|et|à|par|pour|sur|avec)(?=[ld]'\p{L})/gu;
/** `coopéra- tion`: a hyphen then a space inside a line, between two lower-case parts. */
const SPLIT_WORD = /(?<![\p{L}-])(?<left>\p{Ll}{2,})- (?<right>\p{Ll}{2,})(?![\p{L}-])/gu;

function gluedEdit(prefix: string, rest: string, start: number): TextEdit | null {
  const whole = prefix + rest;
  if (isCommonWord(whole)) return null;
  const restIsName = /^\p{Lu}\p{Ll}/u.test(rest) || /^\p{Lu}{2,}$/u.test(rest);
  if (!restIsName && !(/^\p{Ll}+$/u.test(rest) && isCommonWord(rest))) return null;
  return { start: start + prefix.length, end: start + prefix.length, text: ' ' };
}

export function ocrRepairEdits(text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const match of text.matchAll(I_FOR_L)) edits.push({ start: match.index, end: match.index + 1, text: 'l' });
  for (const match of text.matchAll(LOST_L)) edits.push({ start: match.index, end: match.index + 1, text: "l'" });
  for (const match of text.matchAll(GLUED)) {
    const edit = gluedEdit(match.groups?.['prefix'] ?? '', match.groups?.['rest'] ?? '', match.index);
    if (edit !== null) edits.push(edit);
  }
  for (const match of text.matchAll(GLUED_ELISION)) {
    const end = match.index + match[0].length;
    edits.push({ start: end, end, text: ' ' });
  }
  for (const match of text.matchAll(SPLIT_WORD)) {
    const left = match.groups?.['left'] ?? '';
    const right = match.groups?.['right'] ?? '';
    if (isCommonWord(left + right) && !(isCommonWord(left) && isCommonWord(right) && right.length >= 4)) {
      edits.push({ start: match.index + left.length, end: match.index + left.length + 2, text: '' });
    }
  }
  return edits.sort((a, b) => a.start - b.start);
}
