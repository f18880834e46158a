/**
 * `describedNameStart` (extractors/fr/organisation/described-name.ts): after a lower-case type
 * word, a lower-case description is a cue and the name starts at the capital after it. Invented
 * names; three texts where the name is found after a description, two where it is not.
 */
import { describe, expect, it } from 'vitest';
import { describedNameStart } from '../../../../extractors/fr/organisation/described-name.js';

function nameAfter(text: string, head: string): string | null {
  const headEnd = text.indexOf(head) + head.length;
  const start = describedNameStart(text, headEnd);
  return start === null ? null : text.slice(start);
}

describe('describedNameStart', () => {
  it('starts the name at the capital after a description', () => {
    expect(nameAfter("l'atelier de réparation de\ntrottinettes Roulezy ouvre", 'atelier')).toBe('Roulezy ouvre');
    expect(nameAfter("l'épicerie ambulante Cabas Voyageur passe", 'épicerie')).toBe('Cabas Voyageur passe');
    expect(nameAfter('la banque coopérative la Bourse Verte prête', 'banque')).toBe('Bourse Verte prête');
  });
  it('finds no name when the capital is tied to the type word or the words form a clause', () => {
    expect(nameAfter("l'union régionale des Cigales", 'union')).toBeNull();
    expect(nameAfter('le pôle alimentaire de la Vallée Verte', 'pôle')).toBeNull();
    expect(nameAfter("l'association accompagne Lucie Tanguy", 'association')).toBeNull();
  });
  it('finds no name after a territory word: the capital is a place', () => {
    expect(nameAfter("l'atelier de réparation en région Loire ouvre", 'atelier')).toBeNull();
    expect(nameAfter("l'épicerie ambulante du département Vienne passe", 'épicerie')).toBeNull();
    expect(nameAfter("l'atelier partagé du territoire Sud Avesnois ouvre", 'atelier')).toBeNull();
  });
  it('stays linear on a long lower-case run that ends without a capital', () => {
    expect(nameAfter(`l'atelier ${'abcdefghij '.repeat(60)}x`, 'atelier')).toBeNull();
  });
});

/** `head|phrase`: the name read after the head is the whole phrase. */
function tradeStart(line: string): string | null {
  const [head = '', phrase = ''] = line.split('|');
  const text = `${head}${phrase}`;
  const start = describedNameStart(text, head.length);
  return start === null ? null : text.slice(start);
}

describe('describedNameStart: a trade head and its lower-case qualifiers, to the end of the phrase', () => {
  it('starts the name at the capitalised run (≥ 3 positive cases)', () => {
    expect(tradeStart('atelier| de réparation de vélos Roue Libre')).toBe('Roue Libre');
    expect(tradeStart('épicerie| itinérante Panier Vert')).toBe('Panier Vert');
    expect(tradeStart("atelier| de réemploi de l'association Trait d'Avenir 12")).toBe("Trait d'Avenir 12");
    expect(tradeStart('banque| coopérative la Sève')).toBe('Sève');
  });
  it('leaves the start alone (≥ 2 negative cases)', () => {
    // Only connectors before the capital: the body's name holds them.
    expect(tradeStart('association| des Amis du Canal')).toBeNull();
    // A head that is not a trade: its name holds the lower-case words.
    expect(tradeStart('communauté| de communes du Val Vert')).toBeNull();
    // The capitalised run is a place.
    expect(tradeStart('atelier| de couture de Lunel')).toBeNull();
  });
});
