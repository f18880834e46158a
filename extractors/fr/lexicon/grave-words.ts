/**
 * Words French writes with a grave accent on their last `e` and never with an acute one (`après`,
 * `auprès`, `très`, `succès`): OCR often reads that `è` as `é`, and the lexicons and cue lists that
 * compare words with their accents (`auprès de`, `près de`, `après`) miss the damaged form. `près` and
 * `dès` are not here: `prés` (meadows) and `dés` (dice) are words of their own.
 */
export const GRAVE_ONLY_WORDS: readonly string[] = [
  'après', 'auprès', 'très', 'succès', 'accès', 'progrès', 'procès', 'congrès', 'décès', 'excès', 'exprès', 'abcès', 'insuccès',
];

/** Words before which `prés` is the noun (meadows), not the preposition `près` (`les prés de la ferme`, `grands prés`). */
export const MEADOW_DETERMINERS: ReadonlySet<string> = new Set([
  'les', 'des', 'ces', 'mes', 'tes', 'ses', 'nos', 'vos', 'leurs', 'aux', 'quelques', 'plusieurs', 'beaux', 'grands', 'petits', 'verts', 'vastes', 'anciens',
]);
