/** Season words that date a newsletter issue (`Printemps 2024`), with and without accents. */
export const SEASONS = ['printemps', 'été', 'ete', 'automne', 'hiver'] as const;

/**
 * Words just before a date that make it a deadline or a plan rather than the document's own
 * time (`jusqu'en décembre 2025`, `d'ici 2026`, `à l'horizon 2030`, `fin 2025`, `début 2027`:
 * a year's start or end is named ahead of it, as a target).
 */
export const FORWARD_CUES = [
  "jusqu'en", "jusqu'à", "jusqu'au", "jusqu'aux", "d'ici", "d'ici à", "d'ici fin", "à l'horizon", 'horizon',
  'fin', 'début', 'avant', 'prévu en', 'prévue en', 'prévus en', 'prévues en', 'programmé en', 'à partir de',
  'dès', 'objectif', 'échéance', 'au plus tard', 'pour', 'vers',
] as const;
