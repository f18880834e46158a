/**
 * A network, a club or an endowment fund written in lower case before the body it belongs to (`le
 * réseau de l'ARKOS`, `le réseau KOVAL`, `un club TERRIAL`, `le fonds de dotation d'une fondation connue`): the
 * lower-case word says what kind of thing the body runs, the organisation is the body. The mention is
 * narrowed to the body's name when that name is an acronym in capitals, or a capitalised name written
 * right after the word (`le réseau Trokal`, `le syndicat Sud Vilaret`, `l'espace Kerlys`: the gold names
 * the body by that name), or another rule's organisation (then that one stands alone). After `de`, a
 * capitalised word may be a place (`le réseau de Lunel`): only an acronym is narrowed to. A network
 * named with a capital (`Réseau Cocagne`), or by a place alone (`le réseau Bretagne`: the place is its
 * scope, no body of its own), is its own name; a plural (`le réseau des X`: all of them)
 * names no one body and is left to the other rules. A network whose lower-case word and name make a
 * known body's name (`le réseau Cocagne`: the gazetteer's `Réseau Cocagne`, `well-known-network`) is that
 * body by its own name, the word included, and is left whole. A scope adjective or `de` and a field between
 * the word and the name (`le réseau national Trokal`, `le réseau de santé Trokal`, `qualified`) still says what
 * kind of network the body is: the mention is narrowed the same way, unless the word and the name make a known
 * body's name (`le réseau national Cocagne`); any other lower-case word there (`le réseau solidaire Trokal`)
 * may be the name's own and is left. A kind of structure right after the word (`le réseau AMAP du Val`, `kind-network`)
 * is the class of members the network gathers, no body: the network is left whole.
 */
import type { Candidate, Refiner } from '../../core/types.js';
import { alternation, fold } from '../../core/pattern.js';
import { NETWORK_OF_HEADS, SCOPE_ADJECTIVES } from '../lexicon/organisation-head-kinds.js';
import { WELL_KNOWN_ORGANISATIONS } from '../lexicon/well-known-organisations.js';
import { isPlaceName } from '../lexicon-lookup.js';
import { KIND_ACRONYMS } from '../lexicon/kinds-of-structure.js';

/** Kinds of structure written as acronyms (`AMAP`, `SCOP`, `CUMA`), folded. */
const KIND_ACRONYM_WORDS: ReadonlySet<string> = new Set(KIND_ACRONYMS.map((kind) => fold(kind)));

/** The lower-case head, an optional `de`/`du`/`de l'`, then the body's name to the mention's end. */
const NETWORK_OF = new RegExp(`^${alternation(NETWORK_OF_HEADS).replace(/ /gu, '[ \\t\\n]+')}[ \\t\\n]+(?<of>(?:de[ \\t\\n]+l['’]|d['’])[ \\t\\n]*|(?:du|de)[ \\t\\n]+)?(?=\\p{Lu})`, 'u');
/**
 * The lower-case head, then what qualifies it: a scope adjective (`le réseau national Trokal`) or `de` and its field
 * (`le réseau de santé Trokal`), then the body's own name right after, maybe after an elided article (`l'Arkos`).
 */
const NETWORK_QUALIFIED = new RegExp(`^${alternation(NETWORK_OF_HEADS).replace(/ /gu, '[ \\t\\n]+')}[ \\t\\n]+(?:(?<scope>\\p{Ll}+)|(?:de[ \\t\\n]+|d['’])\\p{Ll}+)[ \\t\\n]+(?:l['’])?(?=\\p{Lu})`, 'u');
/** An acronym in capitals (digits and `&` allowed): `KOVAL`, `TERRIAL`, `ARKOS`. */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]+$/u;

/** `own-name`: a capitalised name (not one capital alone) right after the lower-case word, no `de` between. */
const OWN_NAME = /^\p{Lu}[\p{L}\p{N}'’&-]/u;

/** Whether `body`, right after the word, is the body's own name: capitalised, and not a place alone (`le réseau Bretagne`). */
function isOwnName(body: string): boolean {
  return OWN_NAME.test(body) && !isPlaceName(body.replace(/\s+/gu, ' '));
}

/** The gazetteer's names, folded: a head and name written as one of them (`réseau Cocagne`) is not narrowed. */
const WELL_KNOWN_FOLDED: ReadonlySet<string> = new Set(WELL_KNOWN_ORGANISATIONS.map((name) => fold(name)));

/** `well-known-network`: the mention, head word included, is a known body's whole name (`réseau Cocagne`). */
const isWellKnownWhole = (text: string, candidate: Candidate): boolean =>
  WELL_KNOWN_FOLDED.has(fold(text.slice(candidate.start, candidate.end).replace(/\s+/gu, ' ')));

/** `le réseau national Cocagne`: the head word and the body, its qualifier left out, make a known body's name (`Réseau Cocagne`). */
function isWellKnownQualified(text: string, candidate: Candidate): boolean {
  const mention = text.slice(candidate.start, candidate.end);
  const head = qualifiedHead(mention);
  const word = /^\p{L}+/u.exec(mention)?.[0];
  return head !== null && word !== undefined && WELL_KNOWN_FOLDED.has(fold(`${word} ${mention.slice(head[0].length).replace(/\s+/gu, ' ')}`));
}

/**
 * `qualified`: the head and its qualifier (`le réseau national X`, `le réseau de santé X`) say what kind of network
 * the body is, as the head alone does; a lower-case word that is no scope adjective (`le réseau solidaire X`) may be
 * the name's own first word and is left.
 */
function qualifiedHead(mention: string): RegExpExecArray | null {
  const head = NETWORK_QUALIFIED.exec(mention);
  const scope = head?.groups?.['scope'];
  return head !== null && (scope === undefined || SCOPE_ADJECTIVES.has(fold(scope))) ? head : null;
}

/** The body inside `candidate`, when the candidate is a network of it: its start, and whether it follows the word at once; else null. */
function bodyOf(text: string, candidate: Candidate): { readonly start: number; readonly adjacent: boolean } | null {
  if (candidate.type !== 'organisation') return null;
  const mention = text.slice(candidate.start, candidate.end);
  const head = NETWORK_OF.exec(mention);
  if (head !== null) return { start: candidate.start + head[0].length, adjacent: head.groups?.['of'] === undefined };
  const qualified = qualifiedHead(mention);
  return qualified === null ? null : { start: candidate.start + qualified[0].length, adjacent: true };
}

/**
 * The mention's value without its lower-case word (the value keeps the repairs other rules made to the name);
 * the body's text, spaces collapsed, when the value does not open on the word.
 */
function ownName(value: string, body: string): string {
  const head = NETWORK_OF.exec(value) ?? qualifiedHead(value);
  return head === null ? body.replace(/\s+/gu, ' ') : value.slice(head[0].length);
}

export const organisationNetworkOfRefiner: Refiner = {
  id: 'fr.organisation.network-of',
  refine(context, candidates): Candidate[] {
    const text = context.text;
    const out: Candidate[] = [];
    for (const candidate of candidates) {
      const found = bodyOf(text, candidate);
      if (found === null || isWellKnownWhole(text, candidate) || isWellKnownQualified(text, candidate)) {
        out.push(candidate);
        continue;
      }
      const { start } = found;
      const body = text.slice(start, candidate.end);
      // `le réseau AMAP Drôme-Ardèche`: a kind of structure after the word is the class the network gathers, no body of
      // its own; the network, named by that kind and its territory, is the organisation (`kind-network`).
      if (found.adjacent && KIND_ACRONYM_WORDS.has(fold(/^\p{Lu}+(?![\p{L}\p{N}])/u.exec(body)?.[0] ?? ''))) {
        out.push(candidate);
        continue;
      }
      // Another rule found the body itself: it stands alone.
      if (candidates.some((other) => other !== candidate && other.type === 'organisation' && other.start === start && other.end === candidate.end)) continue;
      if (ACRONYM.test(body)) out.push({ ...candidate, start, value: body });
      else out.push(found.adjacent && isOwnName(body) ? { ...candidate, start, value: ownName(candidate.value, body) } : candidate);
    }
    return out;
  },
};
