/** French weekday names → 0 (Sunday) to 6, as `Date.getUTCDay()` numbers them. */
export const WEEKDAYS = {
  dimanche: 0, dim: 0, 'dim.': 0,
  lundi: 1, lun: 1, 'lun.': 1,
  mardi: 2, mar: 2, 'mar.': 2,
  mercredi: 3, mer: 3, 'mer.': 3,
  jeudi: 4, jeu: 4, 'jeu.': 4,
  vendredi: 5, ven: 5, 'ven.': 5,
  samedi: 6, sam: 6, 'sam.': 6,
  // OCR reads a final `i` as `l` (`Jeudl dernier`); these forms are no French words.
  lundl: 1, mardl: 2, mercredl: 3, jeudl: 4, vendredl: 5, samedl: 6,
} as const;
