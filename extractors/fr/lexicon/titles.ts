import { fold } from '../../core/pattern.js';

/**
 * Civil titles that name a person by the surname alone (`Madame Le Moal`), with the form a name's
 * value keeps (`Mme Le Moal`, `Monsieur Garrigou`: `M.` would read as a given name's initial in a
 * key). `M.` itself is not among them: it may be an initial (person-civility.ts tells them apart).
 */
export const CIVIL_TITLES: Readonly<Record<string, string>> = {
  Monsieur: 'Monsieur', Madame: 'Mme', Mademoiselle: 'Mlle', Mme: 'Mme', 'Mme.': 'Mme', Mlle: 'Mlle', 'Mlle.': 'Mlle',
};

/**
 * Titles of office or rank that name a person by the surname alone (`Dr Vasseur`, `Maître Dubreuil`,
 * `Mgr Lagrange`), with the short form a value keeps (`Dr`, `Pr`, `Me`, `Mgr`). `Me` and `Pr` are
 * read only capitalised and before a surname (person-civility.ts), never as words of prose.
 */
export const HONORIFIC_TITLES: Readonly<Record<string, string>> = {
  Dr: 'Dr', 'Dr.': 'Dr', Docteur: 'Dr', Pr: 'Pr', 'Pr.': 'Pr', Professeur: 'Pr', Me: 'Me', 'Me.': 'Me', Maître: 'Me', Mgr: 'Mgr', 'Mgr.': 'Mgr',
  // Feminine forms and the long form of `Mgr` (`Docteure Vasseur`, `Professeure Lenoir`, `Monseigneur Lagrange`).
  Docteure: 'Dr', Professeure: 'Pr', Monseigneur: 'Mgr',
};

/** Civil titles of several people (`MM. Ferrand et Castagné`), with the form each person's value keeps. */
export const PLURAL_CIVIL_TITLES: Readonly<Record<string, string>> = { 'MM.': 'Monsieur', MM: 'Monsieur', Mmes: 'Mme', 'Mmes.': 'Mme' };

/** Civil titles that may precede a name; dropped from the canonical value. */
export const TITLES = [
  ...Object.keys(CIVIL_TITLES), 'Mmes', 'M.', 'MM.', 'Mr', 'Mr.',
  'Dr', 'Dr.', 'Docteur', 'Docteure', 'Maître', 'Me', 'Pr', 'Pr.', 'Professeur', 'Professeure', 'Mgr', 'Mgr.', 'Monseigneur',
] as const;

/** The titles folded (`maitre`, `m.`, `dr`): what a word is compared to once folded, by the person readers. */
export const FOLDED_TITLES: ReadonlySet<string> = new Set(TITLES.map((title) => fold(title)));

/** Forms of address that open a speech or a letter (`Mesdames, Messieurs,`): they name no one. */
export const ADDRESS_FORMS: readonly string[] = ['mesdames', 'messieurs', 'madame', 'monsieur', 'mesdemoiselles', 'mademoiselle'];

/**
 * Religious titles written before a first name (`Père Anselme`, `Sœur Odile`, `Frère Luc`): the pair names a person,
 * a priest, a nun or a monk, never a body (organisation/not-a-body.ts `religious-title`).
 */
export const RELIGIOUS_TITLES: readonly string[] = ['Père', 'Frère', 'Sœur', 'Soeur', 'Mère', 'Abbé', 'Dom', 'Pasteur', 'Rabbin', 'Imam', 'Cardinal', 'Monseigneur', 'Mgr'];
