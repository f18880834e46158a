/**
 * Words of a postal address that follow a street number (`18 cours Gambetta`, `4 place du
 * Marché`). Before a capitalised name they make the number a street number, not a figure.
 */
export const STREET_WORDS: ReadonlySet<string> = new Set(
  `rue rues avenue av boulevard bd bld place allée allee impasse quai chemin route cours square sentier
  voie faubourg fg passage esplanade parvis promenade rond-point mail cité lotissement hameau lieu-dit
  résidence residence montée traverse ruelle venelle clos domaine zac za zi rocade`.split(/\s+/u).filter((w) => w.length > 0),
);
