/**
 * Things French writing capitalises that are no body (organisation/not-a-body.ts `named-thing`), written from
 * general knowledge (not read off any page): a proposal that is exactly one of them names a disease, a game or
 * a toy, a musical instrument, or a diploma. `pendant la pandémie de Covid`, `une partie de Monopoly`, `des Playmobil`,
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
  // Session 44: diplomas, degrees and certificates, named as what a person prepares or holds (`les élèves du Bac Pro`,
  // `l'équipe du Master de…`, `le Certiphyto`, a farm-chemicals licence). `CAP` and `Licence` alone are left out: they also
  // write bodies (`Cap Emploi`) and a word of other names.
  'master', 'master 1', 'master 2', 'mastere', 'bac pro', 'bac professionnel', 'bac techno', 'bac general', 'baccalaureat',
  'baccalaureat professionnel', 'licence pro', 'licence professionnelle', 'brevet professionnel', 'brevet des colleges',
  'certiphyto', 'doctorat', 'capes', 'agregation',
];
