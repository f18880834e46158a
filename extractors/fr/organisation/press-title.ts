/**
 * `press-title-inside`: a press title (lexicon/press-titles.ts) that goes on with `de`/`du`/`des` and a capitalised word
 * (`Les Échos du Marais`, `Midi Libre de Vilaret`, `La Gazette des communes des Kalimbos`) or with a hyphen and a word
 * (`La Voix du Nord-Est`) opens a longer name, a bulletin, a rubric or an event named after it, not the paper: a
 * regional branch is no paper's (a town's edition is written with no `de`: `Ouest-France Rennes`). A date after it is
 * its issue and stays (`Le Parisien du 3 mars`, `Ouest-France du lundi`: lower case).
 */
import { PRESS_CATEGORIES } from '../lexicon/press-titles.js';

const PRESS_TITLES: ReadonlySet<string> = new Set(PRESS_CATEGORIES.flatMap((category) => category.names));
/** A hyphen and a letter, or `de`/`du`/`des`/`d'` (an article maybe after it) and a capital, on the title's line or the next. */
const LONGER_NAME_AFTER = /^(?:-\p{L}|[ \t]*\n?[ \t]*(?:d['’]|(?:de|du|des)[ \t]+(?:(?:la|le|les)[ \t]+|l['’])?)\p{Lu})/u;

/** Whether the gazetteer's `entry`, found up to `end`, is a press title read inside a longer name. */
export function pressTitleInside(text: string, entry: string, end: number): boolean {
  return PRESS_TITLES.has(entry) && LONGER_NAME_AFTER.test(text.slice(end, end + 30));
}
