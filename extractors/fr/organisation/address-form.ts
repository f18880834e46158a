/**
 * `Mesdames et Messieurs les élus`, `Mesdames, Messieurs,`: a form of address opening a speech,
 * read as a capitalised name (a list item, a line start), names no organisation. Whichever rule
 * proposed it, it is dropped before the decision.
 */
import { fold } from '../../core/pattern.js';
import { ADDRESS_FORMS } from '../lexicon/titles.js';

const FORMS: ReadonlySet<string> = new Set(ADDRESS_FORMS);

/** Whether every word of the proposal's value is a form of address or `et` (`Mesdames et Messieurs`). */
export function isAddressForm(value: string): boolean {
  const words = fold(value).split(/[\s,]+/u).filter((word) => word.length > 0 && word !== 'et');
  return words.length > 0 && words.every((word) => FORMS.has(word));
}
