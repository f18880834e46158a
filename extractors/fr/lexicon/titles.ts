/** Civil titles that may precede a name; dropped from the canonical value. */
export const TITLES = [
  'Monsieur', 'Madame', 'Mademoiselle', 'Mme', 'Mme.', 'Mmes', 'Mlle', 'Mlle.', 'M.', 'MM.', 'Mr', 'Mr.',
  'Dr', 'Dr.', 'Docteur', 'Maître', 'Me', 'Pr', 'Pr.', 'Professeur',
] as const;
