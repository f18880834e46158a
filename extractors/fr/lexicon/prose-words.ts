/**
 * Lower-case words that go on with the sentence after a name, never a word of the name: adverbs,
 * pronouns and quantifiers (`la CRESS aussi,`, `le réseau lui-même,`), folded. Adverbs in `-ment`
 * are recognised by their ending (organisation/name-continuation.ts).
 */
export const PROSE_WORDS: ReadonlySet<string> = new Set([
  ...['aussi', 'ici', 'la', 'alors', 'ensuite', 'deja', 'encore', 'enfin', 'toujours', 'desormais', 'puis', 'ainsi', 'donc'],
  ...['aujourd', 'demain', 'hier', 'seul', 'seule', 'seuls', 'seules', 'meme', 'memes', 'tous', 'toutes', 'tout', 'toute'],
  ...['plus', 'moins', 'tres', 'bien', 'mal', 'oui', 'non', 'lui', 'eux', 'elle', 'elles', 'lui-meme', 'elle-meme', 'eux-memes'],
  ...['cependant', 'pourtant', 'toutefois', 'neanmoins', 'depuis', 'avant', 'apres', 'pendant', 'entre', 'sans', 'sous', 'vers', 'chez'],
  ...['dont', 'ou', 'quand', 'lorsque', 'comme', 'car', 'si', 'soit', 'etc', 'via', 'selon', 'parmi', 'contre', 'malgre'],
]);

/**
 * Pronouns and conjunctions French elides before a vowel (`c'est`, `s'informer`, `qu'en`,
 * `lorsqu'il`), folded, without their apostrophe: a word they open starts a clause, no word of a
 * name (names elide only their articles and `de`: `l'Atelier`, `d'Argonne`).
 */
export const ELIDED_CLITICS: readonly string[] = ['c', 's', 'qu', 'j', 'n', 'm', 't', 'lorsqu', 'puisqu', 'quoiqu', 'jusqu'];

/**
 * The first parts, folded, of French words written with an apostrophe inside (`aujourd'hui`,
 * `presqu'île`, `quelqu'un`, `prud'hommes`, `entr'ouvert`), and the elided clitics: an apostrophe
 * after them is the language's, no coined name's (organisation/coined-name.ts).
 */
export const APOSTROPHE_WORD_STEMS: ReadonlySet<string> = new Set([...ELIDED_CLITICS, 'aujourd', 'presqu', 'quelqu', 'prud', 'entr', 'grand']);

/**
 * Finite verbs that follow a body's name (auxiliaries, and verbs of saying and doing), folded:
 * `la Fondation a publié`, `le Réseau est né`, `la Régie fait`.
 */
export const FINITE_VERB_FORMS: ReadonlySet<string> = new Set(['a', 'ont', 'est', 'sont', 'etait', 'avait', 'va', 'vont', 'fait', 'doit', 'peut', 'vient', 'annonce', 'lance', 'publie', 'soutient',
  // Third persons of irregular verbs no ending rule reads (name-continuation.ts `isFiniteVerbForm`), folded.
  'permet', 'met', 'remet', 'transmet', 'soumet', 'prend', 'comprend', 'apprend', 'tient', 'maintient', 'obtient', 'detient',
  'appartient', 'devient', 'veut', 'sait', 'rejoint', 'poursuit', 'fournit', 'agit']);
