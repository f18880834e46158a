/** The context of a mention: its sentence (or line group), whitespace collapsed. */
import { describe, expect, it } from 'vitest';
import { collapsed, contextSentence, pageContexts, spacesCollapsed } from '../../../extractors/fr/context-sentence.js';

const TEXT = 'Titre\n\nLe pôle a reçu 12 structures.  Marie Dupont\tpréside. Fin\nde ligne ? Oui';

describe('contextSentence', () => {
  it('reads the sentence around a span, whitespace collapsed', () => {
    expect(contextSentence(TEXT, TEXT.indexOf('12'), TEXT.indexOf('12') + 2)).toBe('Le pôle a reçu 12 structures.');
    expect(contextSentence(TEXT, TEXT.indexOf('Marie'), TEXT.indexOf('Dupont') + 6)).toBe('Marie Dupont préside.');
    expect(contextSentence(TEXT, TEXT.indexOf('ligne'), TEXT.indexOf('ligne') + 5)).toBe('Fin de ligne ?');
    expect(contextSentence(TEXT, 0, 5)).toBe('Titre');
  });
});

describe('whitespace in contexts', () => {
  it('collapses every kind of white space run to one space and trims it, as `\\s+` does', () => {
    const odd = ' \t Le\u00a0\u00a0pôle\r\na reçu\u202f12\u2009structures\u3000 en\u2028mai\ufeff. ';
    expect(contextSentence(odd, 5, 8)).toBe(odd.replace(/\s+/g, ' ').trim());
    expect(contextSentence(odd, 5, 8)).toBe('Le pôle a reçu 12 structures en mai .');
    expect(contextSentence('  ', 0, 1)).toBe('');
    expect(contextSentence('un deux', 0, 2)).toBe('un deux');
  });
});

describe('collapsed', () => {
  it('gives the trimmed, collapsed text of any range, as `trim` then `\\s+` do (list items are compared by it)', () => {
    const odd = ' \t Le\u00a0\u00a0pôle\r\na reçu\u202f12\u2009structures\u3000 en\u2028mai\ufeff. ';
    for (let from = 0; from <= odd.length; from += 1) {
      for (let to = from; to <= odd.length; to += 1) expect(collapsed(odd, from, to)).toBe(odd.slice(from, to).trim().replace(/\s+/gu, ' '));
    }
  });

  it('spacesCollapsed gives the collapsed text of any range untrimmed, as `\\s+` alone does (list candidates are named by it)', () => {
    const odd = ' \t Le\u00a0\u00a0pôle\r\na reçu\u202f12 structures\u3000 en\u2028mai\ufeff. ';
    for (let from = 0; from <= odd.length; from += 1) {
      for (let to = from; to <= odd.length; to += 1) expect(spacesCollapsed(odd, from, to)).toBe(odd.slice(from, to).replace(/\s+/gu, ' '));
    }
  });
});

describe('pageContexts', () => {
  it('gives what contextSentence gives, for every span of a page', () => {
    const contextOf = pageContexts(TEXT);
    for (let start = 0; start < TEXT.length; start += 3) {
      for (const end of [start, start + 1, start + 7]) expect(contextOf(start, Math.min(end, TEXT.length))).toBe(contextSentence(TEXT, start, Math.min(end, TEXT.length)));
    }
  });

  it('gives what contextSentence gives on long sentences, blank lines and edges', () => {
    const long = `${'mot '.repeat(120)}fin. Suite\n\n\nAutre${' x'.repeat(200)}! Dernier.\n\nBas ?`;
    const contextOf = pageContexts(long);
    for (let start = 0; start <= long.length; start += 1) {
      for (const end of [start, start + 2, start + 350]) expect(contextOf(start, Math.min(end, long.length))).toBe(contextSentence(long, start, Math.min(end, long.length)));
    }
  });
});
