/**
 * Type words, role words and kinds of structure whose accents OCR loses (`Pole`, `ministere`,
 * `ETABLISSEMENT`, `Epicerie`): the folded spelling (no accents, lower case) mapped back to the
 * accented one. Real French OCR keeps the lower-case `é` but drops every other accent and the
 * accents of capitals, so these words, which the organisation patterns spell with accents, stop
 * matching on a scan. Built from the organisation word lists, so a word added there is restored too.
 *
 * Only nouns (heads, kinds, roles, public bodies, regions): verbs and participles (`porte`/`porté`,
 * `finance`/`financé`) are two words once folded. A folded spelling is kept only when French
 * writes no word that way (`pole`, `ministere`, `societe`): the few that are words of their own
 * are listed in `PLAIN_WORDS`, and a spelling two accented words share is dropped.
 */
import { fold } from '../../core/pattern.js';
import { KINDS_BEFORE_QUOTE, PERSON_ROLES, ROLE_IN_ORGANISATION } from './organisation-cues.js';
import { ORGANISATION_LIST_CUES } from './organisation-list-cues.js';
import { ORGANISATION_HEADS, PUBLIC_BODIES, REGIONS } from './organisation-types.js';

/**
 * Folded spellings never restored: French words as written (`charge`, `cotes`), or the fold of two
 * accented words of which only one is listed (`equipe`: `équipe` and `équipé`; `delegue`: `délégué`
 * and `délègue`). `Etat` is how print usually writes `État`, and the lists carry it as written.
 */
const PLAIN_WORDS: ReadonlySet<string> = new Set([
  'charge', 'chargee', 'cotes', 'cote', 'etude', 'etudes', 'general', 'generale', 'regional', 'regionale', 'secretaire',
  'salarie', 'salaries', 'equipe', 'equipes', 'delegue', 'etat',
]);

/** Folded spelling → accented spelling, for every accented word of four letters or more of the lists. */
export const ACCENT_RESTORATIONS: ReadonlyMap<string, string> = (() => {
  const spellings = new Map<string, Set<string>>();
  const sources = [ORGANISATION_HEADS, PUBLIC_BODIES, REGIONS, ROLE_IN_ORGANISATION, PERSON_ROLES, KINDS_BEFORE_QUOTE, ORGANISATION_LIST_CUES];
  for (const phrase of sources.flat()) {
    for (const word of phrase.toLowerCase().split(/[\s'’]+/u)) {
      const folded = fold(word);
      if (folded === word || folded.length < 4 || PLAIN_WORDS.has(folded)) continue;
      const forms = spellings.get(folded) ?? new Set<string>();
      spellings.set(folded, forms.add(word));
    }
  }
  const restorations = new Map<string, string>();
  for (const [folded, forms] of spellings) {
    // `ecopôle` and `écopôle` are both listed: the fully accented spelling wins; two others are ambiguous.
    const accented = [...forms].sort((a, b) => fold(a).length - fold(b).length || b.normalize('NFD').length - a.normalize('NFD').length);
    const best = accented[0];
    if (best !== undefined && (forms.size === 1 || [...forms].every((form) => best.normalize('NFD').replace(/\p{M}/gu, '') === form.normalize('NFD').replace(/\p{M}/gu, '')))) restorations.set(folded, best);
  }
  return restorations;
})();
