/**
 * Where a club's name starts (`fr.organisation.named`, parsers/organisation-named.ts `startOf`): a club writes the first
 * words of its name before `club`, in English word order. Two readings each propose a start; the earlier one is the name's:
 * - `club-activity`: the activity right before `club` (lexicon/sports-clubs.ts CLUB_ACTIVITIES), in lower case or
 *   capitalised (`l'Aviron Club Lorvois`, `du tennis club Kalvo`, `le Rotary club de Lorv`);
 * - `english-order`: up to three capitalised words right before `club`, on its line (`le Lions Club de Lorv`, `du Canoë
 *   Kayak Club de Lorv`). An article, a function word, a type word, a given name or an image label stops the run there
 *   (`Le Lions Club` opens on `Lions`); an elided article before its first word is no word of the name.
 * Both anywhere on the line, unlike a place word before another type word (`extendBackwards`): nothing else puts a
 * capitalised word or an activity right before `club`. With neither, the name starts at `club`.
 */
import { fold } from '../../core/pattern.js';
import { CLUB_ACTIVITIES } from '../lexicon/sports-clubs.js';
import { IMAGE_LABEL_WORDS } from '../lexicon/page-furniture.js';
import { isFirstName } from '../names.js';
import { HEAD_WORDS, TAIL_STOP } from './name-words.js';

export type ClubNameEvidence = 'club-activity' | 'english-order';

/** One reading of where the club's name starts. */
export interface ClubNameStart {
  readonly start: number;
  readonly evidence: ClubNameEvidence;
}

/** The word right before `club` (capitalised or not), then its blanks. */
const ACTIVITY_BEFORE = /(?<![\p{L}\p{N}-])(?<word>\p{L}[\p{L}-]*)[ \t]+$/u;
const CLUB_ACTIVITY_WORDS: ReadonlySet<string> = new Set(CLUB_ACTIVITIES.map(fold));

/** `club-activity`: where the activity written right before `club` starts, or null. */
function activityStart(text: string, clubStart: number): number | null {
  const found = ACTIVITY_BEFORE.exec(text.slice(Math.max(0, clubStart - 24), clubStart));
  const word = found?.groups?.['word'];
  return found === null || word === undefined || !CLUB_ACTIVITY_WORDS.has(fold(word)) ? null : clubStart - found[0].length;
}

/** Up to three capitalised words (maybe hyphenated) ending right before `club`, on its line, maybe after an elided article. */
const CAPITALISED_RUN_BEFORE = /(?:(?<=(?:^|[^\p{L}])[lLdD]['’])|(?<![\p{L}\p{N}'’-]))(?<run>(?:\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)*[ \t]+){1,3})$/u;

/** A word that stops the capitalised run: a function word, a type word, a given name, an image label. */
const stopsRun = (word: string): boolean => {
  const key = fold(word);
  return TAIL_STOP.has(key) || HEAD_WORDS.has(key) || isFirstName(word) || IMAGE_LABEL_WORDS.has(key);
};

/** `english-order`: where the capitalised words kept before `club` start, or null. */
function englishOrderStart(text: string, clubStart: number): number | null {
  const run = CAPITALISED_RUN_BEFORE.exec(text.slice(Math.max(0, clubStart - 60), clubStart))?.groups?.['run'];
  if (run === undefined) return null;
  const words = run.trim().split(/[ \t]+/u);
  let kept = 0;
  while (kept < words.length && !stopsRun(words[words.length - 1 - kept] ?? '')) kept += 1;
  return kept === 0 ? null : startOfRun(text, clubStart, kept);
}

/** Where the last `count` words before `clubStart` (on its line, blanks between them) start. */
function startOfRun(text: string, clubStart: number, count: number): number {
  let at = clubStart;
  for (let seen = 0; seen < count; seen += 1) {
    while (at > 0 && /[ \t]/u.test(text.charAt(at - 1))) at -= 1;
    while (at > 0 && /[\p{L}'’-]/u.test(text.charAt(at - 1))) at -= 1;
  }
  // `l'Aviron Club`: the elided article before the first word is no word of the name.
  return /^[lLdD]['’]/u.test(text.slice(at, at + 2)) ? at + 2 : at;
}

/** Every reading of where the name of the club whose `club` starts at `clubStart` starts, with its evidence. */
export function clubNameStarts(text: string, clubStart: number): ClubNameStart[] {
  const starts: ClubNameStart[] = [];
  const activity = activityStart(text, clubStart);
  if (activity !== null) starts.push({ start: activity, evidence: 'club-activity' });
  const englishOrder = englishOrderStart(text, clubStart);
  if (englishOrder !== null) starts.push({ start: englishOrder, evidence: 'english-order' });
  return starts;
}

/** Where the club's name starts: the earliest reading, or `club` itself. */
export const clubNameStart = (text: string, clubStart: number): number => Math.min(clubStart, ...clubNameStarts(text, clubStart).map((reading) => reading.start));
