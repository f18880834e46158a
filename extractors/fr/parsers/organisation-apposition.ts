/**
 * A name followed by what kind of structure it is: `Enercoop, coopérative d'énergie`,
 * `Kaléido, l'association qui…`, `Mobilik, une SCIC de transport`. The apposition says the
 * name is an organisation's; `isDistinctiveName` keeps places and people out (`Arras, la ville…`).
 */
import { alternation, compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { isDistinctiveName } from '../organisation/distinctive-name.js';
import { STRUCTURE_KINDS } from '../lexicon/organisation-cues.js';

const WORD = "\\p{Lu}[\\p{L}’'-]*\\p{L}";
const NAME = `${WORD}(?:[ \\t]+(?:(?:de|du|des|d')[ \\t]*)?${WORD}){0,3}`;
const PATTERN = `(?<![\\p{L}\\p{N}'’-])(?<name>${NAME}),[ \\t]*\\n?[ \\t]*(?:(?:une|un|l'|la|le|notre|cette)[ \\t]*)?${alternation(STRUCTURE_KINDS)}(?![\\p{L}])`;

export const organisationAppositionParser: Parser = {
  id: 'fr.organisation.apposition',
  pattern: () => compile(PATTERN, 'gu'),
  requires: new RegExp(PATTERN.slice(PATTERN.indexOf(',[')), 'u'), // the comma and kind after the name: a cheap page test
  extract(context, match): Candidate | null {
    const name = match.groups?.['name'] ?? '';
    if (!isDistinctiveName(name)) return null;
    // `À Wavrans, la structure…`: after a preposition the name is a place (small communes are not listed).
    if (/(?:^|[^\p{L}])(?:à|À|en|En|de|De|d'|D'|sur|Sur|vers|Vers|depuis|Depuis)[ \t]*$/u.test(context.text.slice(Math.max(0, match.index - 8), match.index))) return null;
    return {
      type: 'organisation', start: match.index, end: match.index + name.length, value: name.replace(/\s+/gu, ' '),
      confidence: 0.55, rule: this.id, inferred: [],
    };
  },
};
