/**
 * Civil titles that name a person by the surname alone (`Madame Le Moal`), with the short form a
 * name's value keeps (`Mme Le Moal`). `M.` is not among them: `M. X` reads as initials first
 * (person-initials.ts).
 */
export const CIVIL_TITLES: Readonly<Record<string, string>> = {
  Monsieur: 'M.', Madame: 'Mme', Mademoiselle: 'Mlle', Mme: 'Mme', 'Mme.': 'Mme', Mlle: 'Mlle', 'Mlle.': 'Mlle',
};

/** Civil titles that may precede a name; dropped from the canonical value. */
export const TITLES = [
  ...Object.keys(CIVIL_TITLES), 'Mmes', 'M.', 'MM.', 'Mr', 'Mr.',
  'Dr', 'Dr.', 'Docteur', 'Maître', 'Me', 'Pr', 'Pr.', 'Professeur',
] as const;

/** Forms of address that open a speech or a letter (`Mesdames, Messieurs,`): they name no one. */
export const ADDRESS_FORMS: readonly string[] = ['mesdames', 'messieurs', 'madame', 'monsieur', 'mesdemoiselles', 'mademoiselle'];
