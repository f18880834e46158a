/**
 * A network, a club or an endowment fund written in lower case before the body it belongs to (`le
 * réseau de l'ARKOS`, `le réseau KOVAL`, `un club TERRIAL`, `le fonds de dotation d'une fondation connue`): the
 * lower-case word says what kind of thing the body runs, the organisation is the body. The mention is
 * narrowed to the body's name when that name is an acronym in capitals or another rule's organisation
 * (then that one stands alone). A network named with a capital (`Réseau Cocagne`) is its own name; a
 * plural (`le réseau des X`: all of them) names no one body and is left to the other rules.
 */
import type { Candidate, Refiner } from '../../core/types.js';
import { alternation } from '../../core/pattern.js';
import { NETWORK_OF_HEADS } from '../lexicon/organisation-head-kinds.js';

/** The lower-case head, an optional `de`/`du`/`de l'`, then the body's name to the mention's end. */
const NETWORK_OF = new RegExp(`^${alternation(NETWORK_OF_HEADS).replace(/ /gu, '[ \\t\\n]+')}[ \\t\\n]+(?:(?:de[ \\t\\n]+l['’]|d['’])[ \\t\\n]*|(?:du|de)[ \\t\\n]+)?(?=\\p{Lu})`, 'u');
/** An acronym in capitals (digits and `&` allowed): `KOVAL`, `TERRIAL`, `ARKOS`. */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]+$/u;

/** The body's start inside `candidate`, when the candidate is a network of it; else null. */
function bodyStart(text: string, candidate: Candidate): number | null {
  if (candidate.type !== 'organisation') return null;
  const head = NETWORK_OF.exec(text.slice(candidate.start, candidate.end));
  return head === null ? null : candidate.start + head[0].length;
}

export const organisationNetworkOfRefiner: Refiner = {
  id: 'fr.organisation.network-of',
  refine(context, candidates): Candidate[] {
    const text = context.text;
    const out: Candidate[] = [];
    for (const candidate of candidates) {
      const start = bodyStart(text, candidate);
      if (start === null) {
        out.push(candidate);
        continue;
      }
      const body = text.slice(start, candidate.end);
      // Another rule found the body itself: it stands alone.
      if (candidates.some((other) => other !== candidate && other.type === 'organisation' && other.start === start && other.end === candidate.end)) continue;
      out.push(ACRONYM.test(body) ? { ...candidate, start, value: body } : candidate);
    }
    return out;
  },
};
