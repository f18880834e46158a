/**
 * Words of a postal address that follow a street number (`18 cours Gambetta`, `4 place du
 * Marché`). Before a capitalised name they make the number a street number, not a figure.
 */
export const STREET_WORDS: ReadonlySet<string> = new Set(
  `rue rues avenue av boulevard bd bld place allée allee impasse quai chemin route cours square sentier
  voie faubourg fg passage esplanade parvis promenade rond-point mail cité lotissement hameau lieu-dit
  résidence residence montée traverse ruelle venelle clos domaine zac za zi rocade`.split(/\s+/u).filter((w) => w.length > 0),
);

/**
 * Those of STREET_WORDS that, in lower case, name nothing but a street (`rue`, `chemin`; not `place`, `cours`,
 * `domaine`: `au cours de`): before a street's name they open a body's address (name-end-rules.ts `street-address`).
 */
export const STREET_ONLY_WORDS: ReadonlySet<string> = new Set(['rue', 'avenue', 'av', 'boulevard', 'bd', 'bld', 'impasse', 'chemin', 'allée', 'allee', 'quai']);

/**
 * The street words a street named by a date follows (`place du 8 Mai 1945`, `rue du 4 Septembre`,
 * `avenue du 11 Novembre`): those of STREET_WORDS that name nothing else before `du` and a day
 * (not `cours`, a lesson, `mail`, an e-mail, `passage`, `promenade`, `résidence`: events of a day).
 */
export const DATE_NAMED_STREET_WORDS: readonly string[] = [
  'rue', 'avenue', 'av', 'boulevard', 'bd', 'bld', 'place', 'allée', 'allee', 'allées', 'impasse', 'quai', 'square',
  'esplanade', 'parvis', 'rond-point', 'ruelle', 'venelle',
];
