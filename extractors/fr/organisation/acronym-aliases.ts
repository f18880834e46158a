/**
 * Acronyms a document defines, so that `PMA` and `Pôle Métropolitain de l'Artois` can be one
 * entity: `Expansion (ACR)` and `ACR : Expansion` next to an organisation mention. The initials
 * of the expansion must agree with the acronym's first letter.
 */
import { fold } from '../../core/pattern.js';
import type { Mention, PageInput } from '../../core/types.js';

const AFTER = /^[ \t]*\((?<acronym>\p{Lu}[\p{Lu}\d&]{1,9})\)/u;
const BEFORE = /(?<acronym>\p{Lu}[\p{Lu}\d&]{1,9})[ \t]*:[ \t]*$/u;

/** Maps each acronym defined in the document to its expansion (the first definition wins). */
export function acronymAliases(pages: readonly PageInput[], mentions: readonly Mention[]): Map<string, string> {
  const aliases = new Map<string, string>();
  const texts = new Map(pages.map((page) => [page.page, page.text]));
  for (const mention of mentions) {
    if (mention.type !== 'organisation' || /^\p{Lu}[\p{Lu}\d&]*$/u.test(mention.value)) continue;
    const text = texts.get(mention.page) ?? '';
    const acronym =
      AFTER.exec(text.slice(mention.span.end, mention.span.end + 14))?.groups?.['acronym'] ??
      BEFORE.exec(text.slice(Math.max(0, mention.span.start - 14), mention.span.start))?.groups?.['acronym'];
    if (acronym === undefined || aliases.has(acronym)) continue;
    if (fold(acronym).charAt(0) !== fold(mention.value).charAt(0)) continue;
    aliases.set(acronym, mention.value);
  }
  return aliases;
}
