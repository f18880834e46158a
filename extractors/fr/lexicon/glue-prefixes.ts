/**
 * Short words OCR glues to the next word (`laFabrique`, `dansle`). A glued form is split only
 * when it is no dictionary word and its two parts are (or the second is a capitalised name).
 */
export const GLUE_PREFIXES: readonly string[] = [
  'dans', 'pour', 'avec', 'sur', 'par', 'les', 'des', 'aux', 'une', 'est', 'sont', 'et', 'en', 'la', 'le', 'de', 'du', 'au', 'un',
];

/**
 * Every short word OCR glues to the word after it (`cesstructures`, `quise`, `ontété`), for the
 * `glued-word` repair alone: `GLUE_PREFIXES` and the other determiners, pronouns and conjunctions
 * of three letters or so that ocr_noise.py's glue family (a space lost mostly after a short word)
 * meets. The repair splits only a form no dictionary holds into two it holds; the common-word
 * dictionary leaves conjugated verbs out, so the words added here are three letters or more.
 */
export const LEADING_GLUE_WORDS: readonly string[] = [
  ...GLUE_PREFIXES,
  // Not `se`, `ne`, `ce`, `sa`, `on`: they open verb forms the dictionary lacks (`serons`, `satisfont`).
  'ces', 'ses', 'nos', 'vos', 'son', 'cet', 'qui', 'que', 'ont', 'ils', 'elle', 'car', 'mais', 'leur', 'tout',
];

/**
 * The words under three letters that may stand after a glued short word (`etle`, `dela`): the
 * common-word lookup accepts any word that short, which split `labo` into `la bo`.
 */
export const SHORT_GLUED_RESTS: ReadonlySet<string> = new Set([
  'le', 'la', 'de', 'du', 'un', 'en', 'et', 'au', 'il', 'on', 'ce', 'se', 'sa', 'ne', 'ou', 'où', 'ma', 'ta', 'me', 'te',
  'je', 'tu', 'si', 'ni', 'es', 'as', 'à', 'a', 'y',
]);
