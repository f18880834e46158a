/**
 * `people-entry`: whether a pair in the reversed order, capitals then a capitalised word (`MORVAN Loeiza`), stands in a
 * people's entry: after a label and its colon (`Présents :`, `Trésorerie :`; not a label of bodies, `Partenaires :`),
 * after another entry in that order (`HASCOËT Yannig, `), or before a role (`– trésorière`). Outside one, capitals and
 * a word no lexicon knows are a body's acronym and its branch or field (`– KALVO Trégonnec et KALVO Morlanvic`,
 * `- ABCD Taekwondo,`): person-directory reads no person there and the acronym parser reads the pair as the body's name.
 */
import { endsWithWord, fold } from '../core/pattern.js';
import { BODY_LIST_LABELS } from './lexicon/organisation-list-cues.js';
import { PROFESSION_NOUNS, ROLE_NOUNS } from './lexicon/roles.js';

/** The role and profession nouns, folded: a role right after an entry says a person holds it. */
const FOLDED_ROLES: ReadonlySet<string> = new Set([...ROLE_NOUNS, ...PROFESSION_NOUNS].map(fold));
/** A label and its colon opening the entry's list (`Présents :`, `Trésorerie :`), maybe on the line before. */
const LABEL_BEFORE = /:[ \t]*\n?[ \t]*$/u;
/** A label of bodies (`Partenaires :`, `Nos clubs :`; lexicon BODY_LIST_LABELS): its list holds no people's entry. */
const BODY_LABEL_BEFORE = endsWithWord(BODY_LIST_LABELS, '[ \\t]*:[ \\t]*\\n?[ \\t]*');
/** Another entry in the same order right before (`HASCOËT Yannig, `): the list writes its people surname first. */
const REVERSED_ENTRY_BEFORE = /\p{Lu}{2,}[ \t]+\p{Lu}\p{Ll}+[ \t]*[,;][ \t]*\n?[ \t]*$/u;
/** `, trésorière`, `– chargé de mission`: the first word of a role after the entry. */
const ROLE_AFTER = /^[ \t]*(?:,|[–—-][ \t]|\()[ \t]*\n?[ \t]*(?<word>\p{L}[\p{L}·-]*)/u;

/** Whether the pair from `start` to `end` stands in a people's entry (see above). */
export function peopleEntry(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if ((LABEL_BEFORE.test(before) && !BODY_LABEL_BEFORE.test(before)) || REVERSED_ENTRY_BEFORE.test(before)) return true;
  const role = ROLE_AFTER.exec(text.slice(end, end + 40))?.groups?.['word'];
  return role !== undefined && FOLDED_ROLES.has(fold(role));
}
