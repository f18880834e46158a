/**
 * `article-name-after`: `la CIGALE Les Écus Verts est entrée au capital…`, `le centre social⏎ACVL la
 * Charmille de Dole.`, `le GEM La Boussole accueille…`: in a sentence, an acronym then, on its line, an
 * article and a capitalised name is a kind of body (or its initials) before the body's own name, as
 * `l'association Les Amis du Rail` is after a type word written out. The name runs on over the article
 * (read by `nameExtent`, name-extent.ts) and is part of the acronym's mention.
 *
 * Only mid-sentence: after a lower-case word or an elided article, maybe at the end of the line before
 * (`DOSSIER DE PRESSE Les Rencontres…`, a heading in capitals, is no kind before a name). The capitalised
 * word after the article must be no type word nor the State or a local authority (`avec l'ADEME la Région
 * finance…`: two bodies, the list's comma left out), and the name must not spell the acronym's letters
 * (`le GDMA le Groupement Départemental des Métiers d'Art`: its expansion, the brackets lost). A national
 * body's known acronym (`ADEME`, `INSEE`) is that one body, not a kind: a title after it is a work's
 * (`l'étude de l'ADEME Les Ménages et le tri`); the bodies every town has one of (`CPIE`, `MJC`) do have names.
 */
import { fold } from '../../core/pattern.js';
import { KNOWN_ORGANISATION_ACRONYMS, LOCAL_BODY_ACRONYMS } from '../lexicon/organisation-acronyms.js';
import { nameExtent } from './name-extent.js';
import { HEAD_WORDS } from './name-words.js';

/** A lower-case word, an article opening the sentence or an elided article right before the acronym, maybe across one line break. */
const IN_SENTENCE_BEFORE = /(?:(?:^|[^\p{L}'’])(?:\p{Ll}{2,}|Le|La|Les|Du|Au)[ \t]*\n?[ \t]*|(?<![\p{L}])[lLdD]['’])$/u;
/** On the acronym's line: an article (any case, maybe elided), then a capitalised word with lower-case letters. */
const ARTICLE_THEN_NAME = /^[ \t]+(?:[lL]['’]|(?:la|le|les|La|Le|Les)[ \t]+)(?<word>\p{Lu}\p{Ll}[\p{L}'’-]*)/u;
/** A lower-case article written out (not elided) after the acronym. */
const LOWER_ARTICLE = /^[ \t]+(?:la|le|les)(?=[ \t])/u;
/** Public bodies that follow another body in a list written without its comma. Folded. */
const STATE_WORDS: ReadonlySet<string> = new Set(['etat', 'region', 'departement', 'europe', 'prefecture']);

/** The evidence name the acronym's mention carries when its name was read after the article. */
export const ARTICLE_NAME_AFTER = 'article-name-after';

/**
 * Where the name after the acronym ends (`acronymEnd`: the acronym's end), or null when no article and
 * name follow it in a sentence. The acronym itself must be no type word (`SCOP`, `PTCE`: the
 * organisation-named parser reads their names).
 */
export function articleNameEnd(text: string, start: number, acronymEnd: number): number | null {
  const acronym = text.slice(start, acronymEnd);
  if (KNOWN_ORGANISATION_ACRONYMS.has(acronym) && !LOCAL_BODY_ACRONYMS.has(acronym)) return null;
  if (HEAD_WORDS.has(fold(acronym)) || !IN_SENTENCE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return null;
  const found = ARTICLE_THEN_NAME.exec(text.slice(acronymEnd, acronymEnd + 60));
  const word = fold(found?.groups?.['word'] ?? '');
  if (found === null || HEAD_WORDS.has(word) || STATE_WORDS.has(word)) return null;
  // A lower-case article (`la Charmille`) is no word of a name `nameExtent` opens on: the name is read from after it.
  const lowerArticle = LOWER_ARTICLE.exec(text.slice(acronymEnd, acronymEnd + 6));
  const from = lowerArticle === null ? acronymEnd : acronymEnd + lowerArticle[0].length;
  const scanned = nameExtent(text, from, { lower: false, lowerNames: false, place: false, nameFirst: lowerArticle !== null });
  if (scanned.nameWords === 0 || spellsAcronym(text.slice(from, scanned.end), acronym)) return null;
  return scanned.end;
}

/** Whether the capitalised words of `name` open with the acronym's letters, in order (its expansion). */
function spellsAcronym(name: string, acronym: string): boolean {
  const initials = (name.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).join('');
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  return letters.length > 1 && initials.slice(0, letters.length) === letters;
}
