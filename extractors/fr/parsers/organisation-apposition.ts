/**
 * A name followed by what kind of structure it is: `Enercoop, coopérative d'énergie`,
 * `Kaléido, l'association qui…`, `Mobilik, une SCIC de transport`, `Solvert, le fonds qui…`,
 * or said to be one (`Solvert est un regroupement…`, `« Les Quais Verts » est un PTCE`). The
 * apposition says the name is an organisation's; `isDistinctiveName` keeps places and people out
 * (`Arras, la ville…`).
 */
import { alternation, compile, fold } from '../../core/pattern.js';
import { HEAD_WORDS } from '../organisation/name-words.js';
import type { Candidate, Parser } from '../../core/types.js';
import { isDistinctiveName } from '../organisation/distinctive-name.js';
import { KINDS_AFTER_NAME, STRUCTURE_KINDS } from '../lexicon/organisation-cues.js';
import { GAP } from '../patterns.js';

const WORD = "\\p{Lu}[\\p{L}’'-]*\\p{L}";
// A line break may follow a connector or a word inside the name (`Pré de⏎Lune, une association`, `Vallée⏎Brenvac, le fonds`): a name goes on there.
const NAME = `${WORD}(?:${GAP}(?:(?:de|du|des|d')[ \\t]*\\n?[ \\t]*)?${WORD}){0,3}`;
/**
 * After a comma, the kinds of structure (`STRUCTURE_KINDS`: not `pôle`, which follows an
 * adverb as often, `Aujourd'hui, le pôle…`); after `est`, any kind a name may be said to be.
 */
const COMMA_KINDS = alternation([...STRUCTURE_KINDS, 'fonds', 'regroupement']);
const SAID_KINDS = alternation([...KINDS_AFTER_NAME, 'fonds', 'regroupement']);
/** An article before the kind, which may end a line (`est un⏎PTCE`) or elide (`l'association`). */
const ARTICLE = `(?:(?:une|un|l'|la|le|notre|cette)(?:[ \\t]+|[ \\t]*\\n[ \\t]*|(?<='))?)?`;
/** `, ` + a kind (an apposition), or `est` + a kind (a predicate, after a closing quote when the name was quoted). */
const SAID = `(?:,[ \\t]*\\n?[ \\t]*${ARTICLE}${COMMA_KINDS}|[ \\t]*[»”"]?(?:[ \\t]+|[ \\t]*\\n[ \\t]*)(?:est|était|reste|sera)(?:[ \\t]+|[ \\t]*\\n[ \\t]*)${ARTICLE}${SAID_KINDS})(?![\\p{L}])`;
const PATTERN = `(?<![\\p{L}\\p{N}'’-])(?<name>${NAME})${SAID}`;
/** What SAID needs, opening on a literal (a comma or the verb) so the page test scans fast. */
const REQUIRES = `(?:,[ \\t]*\\n?[ \\t]*${ARTICLE}${COMMA_KINDS}|(?:est|était|reste|sera)(?:[ \\t]+|[ \\t]*\\n[ \\t]*)${ARTICLE}${SAID_KINDS})(?![\\p{L}])`;

/**
 * `Les Sorbelins du Réseau Tissage, une entreprise…`: `du` + a type word opens the body the name
 * belongs to; the name ends before it. `Ce Kelmora est…`: a demonstrative or possessive opening a
 * sentence is not the name's. Returns the name and how far into the match it starts.
 */
function ownName(name: string): { skip: number; name: string } {
  const skip = /^(?:Ce|Cet|Cette|Ces|Notre|Nos|Son|Sa|Ses|Leur|Leurs)[ \t]+/u.exec(name)?.[0].length ?? 0;
  const parent = /[ \t]+(?:de|du|des|d')[ \t]*(?<head>\p{Lu}[\p{L}’'-]*)/gu;
  for (const found of name.matchAll(parent)) if (HEAD_WORDS.has(fold(found.groups?.['head'] ?? ''))) return { skip, name: name.slice(skip, found.index) };
  return { skip, name: name.slice(skip) };
}

export const organisationAppositionParser: Parser = {
  id: 'fr.organisation.apposition',
  pattern: () => compile(PATTERN, 'gu'),
  requires: new RegExp(REQUIRES, 'u'), // the comma or verb and kind after the name: a cheap page test
  anchor: { lines: 6 }, // tried only near those: a line break after 3 name connectors, around the verb and after the article
  extract(context, match): Candidate | null {
    const { skip, name } = ownName(match.groups?.['name'] ?? '');
    const start = match.index + skip;
    if (!isDistinctiveName(name)) return null;
    // `À Wavrans, la structure…`: after a preposition the name is a place (small communes are not listed).
    if (/(?:^|[^\p{L}])(?:à|À|en|En|de|De|d'|D'|sur|Sur|vers|Vers|depuis|Depuis)[ \t]*$/u.test(context.text.slice(Math.max(0, start - 8), start))) return null;
    return {
      type: 'organisation', start, end: start + name.length, value: name.replace(/\s+/gu, ' '),
      confidence: 0.55, rule: this.id, inferred: [],
    };
  },
};
