/** French weekday names → 0 (Sunday) to 6, as `Date.getUTCDay()` numbers them. */
export const WEEKDAYS = {
  dimanche: 0, dim: 0, 'dim.': 0,
  lundi: 1, lun: 1, 'lun.': 1,
  mardi: 2, mar: 2, 'mar.': 2,
  mercredi: 3, mer: 3, 'mer.': 3,
  jeudi: 4, jeu: 4, 'jeu.': 4,
  vendredi: 5, ven: 5, 'ven.': 5,
  samedi: 6, sam: 6, 'sam.': 6,
} as const;
