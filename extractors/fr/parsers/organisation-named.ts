/**
 * Organisations announced by a type word: `Pôle Métropolitain de l'Artois`, `réseau Cocagne`,
 * `Université de l'Artois`, `PTCE Émergence Hénin-Carvin`, `l'association Les Anges Gardins`.
 * The regex finds the type word; `scanName` (organisation-name-scan.ts) walks the name after it.
 */
import { alternation, compile, endsWithWord, fold } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';
import { LEGAL_FORM_HEADS, NON_ORGANISATION_ACRONYMS, ORGANISATION_HEADS } from '../lexicon/organisation-types.js';
import { inCapitalRun } from '../acronym-evidence.js';
import { isPlaceName } from '../lexicon-lookup.js';
import { isFirstName } from '../names.js';
import { scanName } from '../organisation-name-scan.js';
import { acronymBeforeParent, isEventHead, isPlaceAfterPreposition, lowerOfficialName, nameAfterQualifier, placeBeforeUniversity } from '../organisation-name-guards.js';
import {
  HEAD_WORDS, LOWER_NAME_HEADS, NAME_FIRST_HEADS, PLACE_HEADS, PROGRAMME_BEFORE, PTCE_HEADS, TAIL_STOP,
} from '../organisation-name-words.js';

/** A plural article before the type word (`les associations X et Y`). */
const PLURAL_BEFORE = endsWithWord(['les', 'des', 'aux'], '\\s+');
const HEADS = [...ORGANISATION_HEADS, ...PTCE_HEADS];
/** Multi-word heads may wrap at a line end (`secrétariat\nd'État`). */
const PATTERN = `(?<![\\p{L}\\p{N}-])(?<head>${alternation(HEADS).replace(/ /gu, '\\s+')})(?![\\p{L}\\p{N}])`;

/** `Lille Métropole Solidaire`, `Valenciennes Métropole`: a capitalised place word before the head. */
function extendBackwards(text: string, headStart: number): number {
  const before = /(?<word>\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)*)[ \t]$/u.exec(text.slice(Math.max(0, headStart - 40), headStart));
  const word = before?.groups?.['word'];
  if (word === undefined || TAIL_STOP.has(fold(word)) || HEAD_WORDS.has(fold(word)) || isFirstName(word)) return headStart;
  const start = headStart - word.length - 1;
  const previousChar = text.charAt(start - 1);
  // Only inside a line of names (a table cell, a list), not after a full stop or mid-sentence article.
  if (start > 0 && previousChar !== '\n' && previousChar !== '' ) return headStart;
  return start;
}

export const organisationNamedParser: Parser = {
  id: 'fr.organisation.named',
  pattern: () => compile(PATTERN, 'giu'),
  extract(context, match): Candidate | Candidate[] | null {
    const head = match.groups?.['head'] ?? '';
    const headKey = head.toLowerCase().replace(/\s+/gu, ' ');
    const headIsLower = /^\p{Ll}/u.test(head);
    const headEnd = match.index + head.length;
    // `LE CONSEIL D'ADMINISTRATION (élu…)`: a type word in a heading in capitals.
    if (/^\p{Lu}{5,}$/u.test(head) && !SHORT_FORM_HEADS.has(headKey) && inCapitalRun(context.text, match.index, headEnd)) return null;
    // `sa SCOP`, `la sas`: a possessive or an article, not a short legal form written in lower case.
    if (headIsLower && /^(?:sa|sas)$/u.test(headKey)) return null;
    const quoted = quotedName(context.text, headEnd);
    if (quoted !== null) {
      if (isEventHead(fold(headKey))) return null;
      if (PROGRAMME_BEFORE.test(context.text.slice(Math.max(0, match.index - 40), match.index))) return null;
      // `l'association « Les Amis du Rail »`, `plateforme « Drôme Mobil' »`: after a lower-case
      // type word the quotes hold the whole name.
      if (headIsLower) {
        return { type: 'organisation', start: quoted.start, end: quoted.end, value: quoted.value, confidence: 0.7, rule: this.id, inferred: [] };
      }
      return {
        type: 'organisation', start: match.index, end: quoted.quoteEnd, value: `${head.replace(/\s+/gu, ' ')} ${quoted.value}`,
        confidence: 0.7, rule: this.id, inferred: [],
      };
    }
    const named = articleName(context.text, headEnd, headIsLower, NAME_FIRST_HEADS.has(headKey));
    if (named !== null) {
      const inner = scanName(context.text, named - 1, { lower: false, lowerNames: false, place: false, nameFirst: true });
      const name = context.text.slice(named, inner.end).replace(/\s+/gu, ' ');
      // `la ville La Rochelle`: a place whose name starts with an article.
      if (isPlaceName(name)) return null;
      if (inner.nameWords > 0) {
        return {
          type: 'organisation', start: named, end: inner.end, value: name,
          confidence: 0.7, rule: this.id, inferred: [],
        };
      }
    }
    const scanned = scanName(context.text, headEnd, {
      lower: headIsLower,
      lowerNames: LOWER_NAME_HEADS.has(headKey),
      place: PLACE_HEADS.has(headKey),
      nameFirst: NAME_FIRST_HEADS.has(headKey) && (headIsLower || !LEGAL_FORM_HEADS.has(headKey)),
      firstNameName: KIND_HEADS.has(headKey),
    });
    const placeFirst = headKey === 'université' && !headIsLower ? placeBeforeUniversity(context.text, match.index) : null;
    if (placeFirst !== null && scanned.nameWords === 0) {
      return { type: 'organisation', start: placeFirst, end: headEnd, value: context.text.slice(placeFirst, headEnd), confidence: 0.7, rule: this.id, inferred: [] };
    }
    const appositionStart = scanned.nameWords === 0 ? nameAfterQualifier(context.text, headEnd) : null;
    if (appositionStart !== null) {
      const apposed = scanName(context.text, appositionStart - 1, { lower: false, lowerNames: false, place: false, nameFirst: true });
      const value = context.text.slice(appositionStart, apposed.end).replace(/\s+/gu, ' ');
      if (apposed.nameWords > 1 && !isPlaceName(value)) return { type: 'organisation', start: appositionStart, end: apposed.end, value, confidence: 0.6, rule: this.id, inferred: [] };
    }
    const officialEnd = scanned.nameWords === 0 && !headIsLower ? lowerOfficialName(context.text, headKey, headEnd) : null;
    if (officialEnd !== null) {
      return { type: 'organisation', start: match.index, end: officialEnd, value: context.text.slice(match.index, officialEnd).replace(/\s+/gu, ' '), confidence: 0.6, rule: this.id, inferred: [] };
    }
    if (scanned.nameWords === 0) return null;
    // `l'appel à projet Ville Apprenante`, `le label Euralens 2022`: a programme's name, not a body's.
    if (PROGRAMME_BEFORE.test(context.text.slice(Math.max(0, match.index - 40), match.index))) return null;
    const after = context.text.slice(scanned.end, scanned.end + 14);
    const acronym = /^\s*\((?<acronym>[\p{Lu}\d]{2,10})\)/u.exec(after)?.groups?.['acronym'];
    if (acronym !== undefined && NON_ORGANISATION_ACRONYMS.has(acronym)) return null;
    // `la coopérative Bao Solidaire`, `le cabinet Quadrant Conseil`: a lower-case kind right before
    // a capitalised name describes it.
    const dropHead = headIsLower && (LEGAL_FORM_HEADS.has(headKey) || (DESCRIPTOR_HEADS.has(headKey) && /^[ \t]+\p{Lu}/u.test(context.text.slice(headEnd, headEnd + 3))));
    const start = dropHead
      ? context.text.slice(headEnd).search(/\S/u) + headEnd
      : headIsLower ? match.index : extendBackwards(context.text, match.index);
    const value = context.text.slice(start, scanned.end).replace(/\s+/gu, ' ');
    // `l'agence de Pau`: a branch named by its town is a place, not another organisation.
    if (headIsLower && isPlaceAfterPreposition(context.text.slice(headEnd, scanned.end))) return null;
    const split = headIsLower ? acronymBeforeParent(context.text, headEnd + context.text.slice(headEnd).search(/\S/u), scanned.end) : null;
    if (split !== null) {
      return { type: 'organisation', start, end: split, value: context.text.slice(start, split).replace(/\s+/gu, ' '), confidence: 0.7, rule: this.id, inferred: [] };
    }
    // `Pôle Territorial⏎de Coopération…` cut short: the PTCE concept, not a name.
    if (fold(value) === 'pole territorial') return null;
    // `la coopérative Rosa Lumière`: the type word makes a first-name-led name an organisation.
    const confidence = start > match.index && isFirstName(value.split(' ')[0] ?? '') ? 0.9 : 0.7;
    const first: Candidate = { type: 'organisation', start, end: scanned.end, value, confidence, rule: this.id, inferred: [] };
    const plural = PLURAL_BEFORE.test(context.text.slice(Math.max(0, match.index - 5), match.index));
    if (plural && headKey === 'ptce') {
      // `les PTCE Auvergne-Rhône-Alpes`, `des PTCE de Bretagne`: the concept in a territory.
      const words = context.text.slice(headEnd, scanned.end).trim().split(/\s+/u);
      if (isPlaceName(words[0] ?? '') || isPlaceName(words.slice(0, 2).join(' '))) return null;
      return [first, ...enumerated(context.text, scanned.end, this.id)];
    }
    return first;
  },
};

/**
 * A name in quotes right after the type word: `PTCE « Les Vosges en Commun »`, `l'association
 * "Les Amis du Rail"`. The quotes bound the name, so its own words (`en`, `du`) do not end it.
 */
/** Heads that are acronyms or legal forms, written in capitals in running text. */
/** Kinds of business or association whose name may open with a first name (`SCOP Bao Solidaire`). */
const KIND_HEADS = new Set([
  'scop', 'scic', 'sarl', 'sas', 'coopérative', 'association', 'entreprise', "entreprise d'insertion", 'entreprise adaptée',
  'épicerie', 'épicerie solidaire', 'épicerie sociale', 'tiers-lieu', 'tiers lieu', 'ressourcerie', 'recyclerie', 'café', 'cabinet',
]);

/** Lower-case kinds that are dropped before a capitalised name. */
const DESCRIPTOR_HEADS = new Set(['coopérative', 'cabinet']);

const SHORT_FORM_HEADS = new Set(['ptce', 'scic', 'scop', 'sarl', 'eurl', 'cress', 'epci', 'geiq', 'ccas', 'cias', 'esat', 'ehpad', 'cfa', 'mjc', 'caue']);

/**
 * `chantier d'insertion Les Potagers de Saillans`, `Épicerie sociale La Cagette`: a type word,
 * up to two lower-case qualifiers, then a name opening with a capitalised article. The type
 * word and qualifiers describe; the name proper starts at the article (`tiers-lieu⏎A Casa di l'Avvene`:
 * Corsican `A`/`U`), even on the next line. Returns where it starts.
 */
function articleName(text: string, headEnd: number, headIsLower: boolean, legalForm: boolean): number | null {
  const found = /^(?<qualifiers>(?:[ \t]+(?:d['’]|de[ \t]+|des[ \t]+)?(?!(?:de|du|des|la|le|les|et|en|à|au|aux|sur|pour)(?![\p{L}]))\p{Ll}[\p{Ll}'’-]+){0,2})(?:[ \t]+|[ \t]*\n[ \t]*)(?=(?:Les|La|Le|A|U)[ \t]+\p{Lu})/u.exec(text.slice(headEnd, headEnd + 60));
  if (found === null || (!headIsLower && found.groups?.['qualifiers'] === '')) return null;
  // `l'association Les Anges Gardins`: a legal form right before the name is handled by `scanName`.
  if (found.groups?.['qualifiers'] === '' && legalForm) return null;
  return headEnd + found[0].length;
}

interface QuotedName {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly quoteEnd: number;
}

function quotedName(text: string, headEnd: number): QuotedName | null {
  const quoted = /^[ \t]*(?:«[ \t\u00a0\u202f]*(?<guillemets>\p{Lu}[^»\n]{1,60}?)[ \t\u00a0\u202f]*»|["“](?<quotes>\p{Lu}[^"”\n]{1,60}?)["”])/u.exec(text.slice(headEnd, headEnd + 80));
  const name = quoted?.groups?.['guillemets'] ?? quoted?.groups?.['quotes'];
  if (quoted === null || name === undefined) return null;
  const start = headEnd + quoted[0].indexOf(name);
  return { start, end: start + name.length, value: name.replace(/\s+/gu, ' '), quoteEnd: headEnd + quoted[0].length };
}

/** A place after a name in an enumeration (`Emergence à Carvin`), skipped between two names. */
const PLACE_AFTER = /^[ \t\n]+(?:à|en|sur)[ \t\n]+\p{Lu}[\p{L}'-]*/u;
const SEPARATOR = /^(?:[ \t]*,|[ \t\n]+et)(?=[ \t\n])/u;

/** `les PTCE Emergence à Carvin et Anima à Calais`: every name of the enumeration after the first. */
function enumerated(text: string, end: number, rule: string): Candidate[] {
  const names: Candidate[] = [];
  let position = end;
  for (let count = 0; count < 8; count += 1) {
    position += PLACE_AFTER.exec(text.slice(position, position + 40))?.[0].length ?? 0;
    const separator = SEPARATOR.exec(text.slice(position, position + 8));
    if (separator === null) break;
    const nameStart = position + separator[0].length + (text.slice(position + separator[0].length).search(/\S/u));
    const scanned = scanName(text, position + separator[0].length, { lower: false, lowerNames: false, place: false, nameFirst: true, enumeration: true });
    if (scanned.nameWords === 0) break;
    names.push({
      type: 'organisation', start: nameStart, end: scanned.end, value: text.slice(nameStart, scanned.end).replace(/\s+/gu, ' '),
      confidence: 0.6, rule, inferred: [],
    });
    position = scanned.end;
  }
  return names;
}
