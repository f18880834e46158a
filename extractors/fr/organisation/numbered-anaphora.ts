/**
 * `numbered-anaphora`: an acronym read without the department number it carries elsewhere in the document
 * (`l'ADAPI` beside `l'ADAPI 81`, `la KBE` beside `la KBE 58`) is that numbered body: a local body is named by
 * its acronym and its department's number (lexicon/departments.ts), and a sentence that cut the number off,
 * or wrote the bare acronym again, still means it. The bare reading takes the numbered name as its value, so
 * the document holds one organisation, not the body and a shorter name beside it. Only an acronym: a
 * network's written-out name (`Secours Trokal` beside `Secours Trokal 37`) names the network itself as
 * often as its branch. With two numbers for the same acronym (`ADAPI 05` and `ADAPI 26`: two bodies) the
 * bare one is left as it was.
 */
import { fold } from '../../core/pattern.js';
import type { Mention } from '../../core/types.js';
import { DEPARTMENTS } from '../lexicon/departments.js';
import { lentName, namesByGroup, onlyName, withoutArticle } from './anaphora.js';

/** Evidence recorded on a bare reading that took its numbered name. */
export const NUMBERED_ANAPHORA = 'numbered-anaphora';

/** A name, one space, then a department's number closing it (`Trokal 05`, `Kour Vert 2A`, `Trokal 974`). */
const NUMBERED = /^(?<name>\S[\s\S]*?)[ \t\n]+(?<code>\d{2,3}|2[AB])$/u;
/** An acronym in capitals (`ADAPI`, `KBE`). */
const ACRONYM = /^\p{Lu}{2,8}$/u;
/** Names compared article aside (`L'ADAPI 81`, `l'ADAPI`). */
const key = (value: string): string => fold(withoutArticle(value));

/** The bare acronym (folded) a numbered name carries (`ADAPI` of `l'ADAPI 81`), or undefined. */
function bareOfNumbered(value: string): string | undefined {
  const found = NUMBERED.exec(value);
  const name = found?.groups?.['name'];
  if (name === undefined || !ACRONYM.test(withoutArticle(name)) || DEPARTMENTS[found?.groups?.['code'] ?? ''] === undefined) return undefined;
  return key(name);
}

/** The document's organisations with each bare name named after its one numbered body (see the file's comment). */
export function resolveNumberedAnaphora(mentions: readonly Mention[]): Mention[] {
  // Each bare name (folded) → the numbered names of the document that carry it.
  const byName = namesByGroup(mentions, bareOfNumbered, key);
  if (byName.size === 0) return [...mentions];
  return mentions.map((mention) => {
    const names = mention.type === 'organisation' ? byName.get(key(mention.value)) : undefined;
    const name = onlyName(names);
    return name === undefined ? mention : lentName(mention, name, NUMBERED_ANAPHORA);
  });
}
