/**
 * Things French writing capitalises that are no body (organisation/not-a-body.ts `named-thing`), written from
 * general knowledge (not read off any page): a proposal that is exactly one of them names a disease, a game or
 * a toy, or a musical instrument. `pendant la pandémie de Covid`, `une partie de Monopoly`, `des Playmobil`,
 * `l'atelier de Djembé`. Folded (lower case, no accents), one space between words, without a leading article.
 * A name that is also a body's (`France Alzheimer`, a toy maker's company name with its legal form) is longer
 * than the word, so it never equals one of these.
 */
export const NAMED_THINGS: readonly string[] = [
  // Diseases, epidemics and their viruses (`la crise du Covid`, `la maladie d'Alzheimer`).
  'covid', 'covid-19', 'covid 19', 'covid19', 'coronavirus', 'sars-cov-2', 'sida', 'vih', 'h1n1', 'ebola', 'zika',
  'chikungunya', 'alzheimer', 'parkinson', 'creutzfeldt-jakob',
  // Board games, card games, toys and video games, named as the thing played with (`une partie de Scrabble`).
  // Left out: game names that are also a town's or a known cooperative's (`Carcassonne`, `Tetris`).
  'monopoly', 'scrabble', 'cluedo', 'trivial pursuit', 'dobble', 'jenga', 'mikado', 'kapla', 'lego', 'legos',
  'playmobil', 'playmobils', 'meccano', 'barbie', 'rubik\'s cube', 'minecraft', 'fortnite', 'pokemon',
  'catan', 'time\'s up', 'pictionary', 'puissance 4', 'mille bornes', 'belote',
  // Musical instruments a workshop or a group teaches or plays (`un stage de Djembé`).
  'djembe', 'djembes', 'balafon', 'cajon', 'didgeridoo', 'ukulele', 'sitar', 'darbouka', 'derbouka', 'tam-tam',
  'steel drum',
];
