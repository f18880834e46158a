/**
 * The accented forms French writes on a plain letter, in both cases: what a text may put where a folded word list
 * writes the plain letter (`Décathlon` for `Decathlon`, `Écully` for `ecully`). Read by the gazetteer's anchors
 * (organisation/gazetteer.ts) and the intercommunality cue words (parsers/organisation-intercommunality.ts).
 */
export const ACCENTED_FORMS: Readonly<Record<string, string>> = {
  a: 'àâä', e: 'éèêë', i: 'îï', o: 'ôö', u: 'ùûü', c: 'ç', y: 'ÿ', A: 'ÀÂÄ', E: 'ÉÈÊË', I: 'ÎÏ', O: 'ÔÖ', U: 'ÙÛÜ', C: 'Ç',
};
