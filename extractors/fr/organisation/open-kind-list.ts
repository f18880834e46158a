/**
 * `open-kind-list`: `(agences, missions locales, CCAS …)`, `habitants, élus, GMS…`: an acronym closing an
 * enumeration whose item before it is a lower-case plural (a kind of actor), the enumeration left open by an
 * ellipsis or `etc.`, is one more kind of actor, not a body. Asked by the local-body acronyms' kind reading
 * (local-body-kind.ts) and by the list candidates (candidates.ts).
 */

/** A lower-case plural word, then a comma, right before the acronym. */
const KIND_ITEM_BEFORE = /(?:^|[^\p{L}'’])\p{Ll}{3,}[sx][ \t]*,[ \t\n]*$/u;
/** An ellipsis or `etc.` right after the acronym. */
const LIST_LEFT_OPEN = /^[ \t]*(?:…|\.\.\.|,?[ \t]*etc(?![\p{L}]))/u;
/** A word in capitals (an acronym, maybe with a digit). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,9}$/u;

/** An ellipsis a list item may have kept at its end (`GMS…`). */
const TRAILING_ELLIPSIS = /[ \t]*(?:…|\.\.\.)$/u;

/** Whether `[start, end)`, an acronym (maybe with the ellipsis after it), closes an enumeration of kinds left open (see the file's comment). */
export function closesOpenKindList(text: string, start: number, end: number): boolean {
  const span = text.slice(start, end);
  const acronymEnd = start + span.replace(TRAILING_ELLIPSIS, '').length;
  return ACRONYM.test(text.slice(start, acronymEnd)) && KIND_ITEM_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && LIST_LEFT_OPEN.test(text.slice(acronymEnd, acronymEnd + 8));
}
