/**
 * Cardinal number words used for counts (`quatre groupes de travail`). `un`/`une` are left out:
 * they are far more often articles than counts.
 */
export const NUMBER_WORDS = {
  deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19,
  vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100, mille: 1000,
  'une dizaine': 10, 'une douzaine': 12, 'une quinzaine': 15, 'une vingtaine': 20, 'une trentaine': 30,
  'une quarantaine': 40, 'une cinquantaine': 50, 'une soixantaine': 60, 'une centaine': 100, 'un millier': 1000,
} as const;

/** Words that compose into larger numbers (`trente-cinq`, `quatre-vingt-dix`, `deux cents`). */
export const NUMBER_PARTS: Readonly<Record<string, number>> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
  douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40,
  cinquante: 50, soixante: 60, cent: 100, cents: 100, mille: 1000,
};

/**
 * The value of a compound number in words, or undefined: parts joined by hyphens or spaces,
 * `et` only before `un`/`une`/`onze` (`vingt et un`, `soixante-et-onze`), `cent`/`mille`
 * multiplying what comes before (`deux cents`, `trois mille cinq cents`), `quatre-vingt` = 80.
 */
export function parseNumberWords(text: string): number | undefined {
  const parts = text.toLowerCase().split(/[\s-]+/u).filter((part) => part !== 'et');
  let total = 0;
  let current = 0;
  let previous = '';
  for (const part of parts) {
    const value = NUMBER_PARTS[part];
    if (value === undefined) return undefined;
    if (value === 100) current = (current || 1) * 100;
    else if (value === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else if (value === 20 && previous === 'quatre') current += 76;
    else current += value;
    previous = part;
  }
  return total + current;
}
