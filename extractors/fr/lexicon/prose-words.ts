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
 * Finite verbs that follow a body's name (auxiliaries, and verbs of saying and doing), folded:
 * `la Fondation a publié`, `le Réseau est né`, `la Régie fait`.
 */
export const FINITE_VERB_FORMS: ReadonlySet<string> = new Set(['a', 'ont', 'est', 'sont', 'etait', 'avait', 'va', 'vont', 'fait', 'doit', 'peut', 'vient', 'annonce', 'lance', 'publie', 'soutient',
  // Third persons of irregular verbs no ending rule reads (name-continuation.ts `isFiniteVerbForm`), folded.
  'permet', 'met', 'remet', 'transmet', 'soumet', 'prend', 'comprend', 'apprend', 'tient', 'maintient', 'obtient', 'detient',
  'appartient', 'devient', 'veut', 'sait', 'rejoint', 'poursuit', 'fournit', 'agit']);
