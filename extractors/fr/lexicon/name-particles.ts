/**
 * Surname particles of French, Breton, Iberian, Italian, Dutch, German and Arabic origin
 * (`de Beauchamp`, `Le Quéré`, `Da Costa`, `Van Damme`, `van den Berg`, `El Ouafi`, `Ben Salah`), in lower case.
 * One list for every person rule: `particleForms` gives the casings each rule reads.
 */
export const NAME_PARTICLES: readonly string[] = [
  'de', 'du', 'des', 'le', 'la', 'van', 'von', 'den', 'der', 'el', 'da', 'dos', 'di', 'ben', 'ait', 'aït', 'abou', 'del', 'della', 'ter',
];

/**
 * Particles that are French words too, read case-insensitively by a test of another language's particle
 * (organisation/article-coined.ts): the French ones (`de`, `le`) and `ait`, a form of `avoir` (`qu'elle ait les X`);
 * `aït` stays.
 */
export const FRENCH_WORD_PARTICLES: readonly string[] = ['de', 'du', 'des', 'le', 'la', 'ait'];

/**
 * The particles as a rule reads them: capitalised (`Le Quéré`) and in capitals (`LE QUÉRÉ`), and in
 * lower case too when `lower` (`de Beauchamp`: after a given name it cannot be prose).
 */
export function particleForms(lower: boolean): string[] {
  return NAME_PARTICLES.flatMap((word) => [
    ...(lower ? [word] : []),
    word.charAt(0).toUpperCase() + word.slice(1),
    word.toUpperCase(),
  ]);
}
