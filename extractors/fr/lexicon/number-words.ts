/**
 * Cardinal number words used for counts (`quatre groupes de travail`). `un`/`une` are left out:
 * they are far more often articles than counts.
 */
export const NUMBER_WORDS = {
  deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19,
  vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100, mille: 1000,
  'une dizaine': 10, 'une vingtaine': 20, 'une trentaine': 30, 'une centaine': 100,
} as const;
