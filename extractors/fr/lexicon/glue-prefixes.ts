/**
 * Short words OCR glues to the next word (`laFabrique`, `dansle`). A glued form is split only
 * when it is no dictionary word and its two parts are (or the second is a capitalised name).
 */
export const GLUE_PREFIXES: readonly string[] = [
  'dans', 'pour', 'avec', 'sur', 'par', 'les', 'des', 'aux', 'une', 'est', 'sont', 'et', 'en', 'la', 'le', 'de', 'du', 'au', 'un',
];
