/**
 * Words that announce a newspaper, a magazine or a radio by its title (organisation/press-cue.ts): a press kind after
 * its determiner (`le journal X`, `l'hebdomadaire X`, `la radio X`) and the phrases that cite where an article
 * appeared (`publié dans X`, `retombées presse dans X`, `Abonnez-vous à X`). Titles are often a place or a common phrase
 * with its article (`La Montagne`, `Le Progrès`), which the gazetteer leaves out (press-titles.ts): the cue says what they
 * are. Lower case, singular; a cue opening a sentence is read with its capital.
 */

/** Kinds of press and broadcast outlet written before their title. */
export const PRESS_KINDS: readonly string[] = [
  'journal', 'quotidien', 'quotidien régional', 'hebdomadaire', 'bihebdomadaire', 'mensuel', 'bimestriel', 'trimestriel',
  'magazine', 'webzine', 'revue', 'radio', 'station de radio', 'chaîne de télévision',
];

/** Determiners of one outlet before its kind (`le journal`, `du quotidien`, `l'hebdomadaire`). */
export const PRESS_DETERMINERS: readonly string[] = ['le', 'la', "l'", 'l’', 'du', 'au', 'ce', 'cette', 'cet'];

/** Phrases that cite the outlet an article appeared in, right before its title. */
export const PRESS_PHRASES: readonly string[] = [
  'publié dans', 'publiée dans', 'publiés dans', 'publiées dans', 'paru dans', 'parue dans', 'parus dans', 'parues dans',
  'presse dans', 'abonnez-vous à', 'abonnez-vous au',
];
