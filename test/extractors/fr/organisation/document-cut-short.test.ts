/**
 * `document-cut-short` (extractors/fr/organisation/document-cut-short.ts): a reading followed by
 * lower-case words that, with it, spell another organisation reading of the same document is read
 * on to that reading. Invented names only.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../extractors/index.js';
import type { Mention, PageInput } from '../../../../extractors/core/types.js';
import { DOCUMENT_CUT_SHORT, extendDocumentCutShort, previousWord } from '../../../../extractors/fr/organisation/document-cut-short.js';

/** The document's organisations: [text, value, whether read on]. */
function organisations(text: string): [string, string, boolean][] {
  return extractDocument([{ page: 1, source: 'text', text }])
    .mentions.filter((m) => m.type === 'organisation')
    .map((m) => [m.text, m.value, (m.evidence ?? []).includes(DOCUMENT_CUT_SHORT)]);
}

describe('document-cut-short: a reading read on to the longer name the page gives it elsewhere', () => {
  it.each([
    ["Le président de l'association Kalvo Insertion, Paul Roy, parle. Les tournées sont confiées à l'association Kalvo insertion en tant qu'opérateur.", 'Kalvo insertion', 'Kalvo Insertion'],
    ["Le président de l'association Orvenne Partage, Luc Bon, parle. Elle adhère à l'association Orvenne partage depuis 2019.", 'Orvenne partage', 'Orvenne Partage'],
    ['Ce matin, le collectif Vélos Lunel en Colère s’est réuni devant la mairie. Elle est membre du collectif Vélos Lunel en colère.\nUne réunion a eu lieu.', 'Vélos Lunel en colère', 'Vélos Lunel en Colère'],
  ])('reads on (≥ 3 positive cases): %s', (text, read, value) => {
    expect(organisations(text)).toContainEqual([read, value, true]);
  });

  it.each([
    // The words after the reading spell no other reading of the page.
    ["Le président de l'association Kalvo Insertion, Paul Roy, parle. Les tournées sont confiées à l'association Kalvo qui insère."],
    // A blank line: the next words open another paragraph.
    ["Le président de l'association Kalvo Insertion, Paul Roy, parle. Les tournées sont confiées à l'association Kalvo\n\ninsertion et emploi sont liés."],
    // No longer reading on the page.
    ["Les tournées sont confiées à l'association Kalvo qui insère, et à la fondation Trivel."],
  ])('leaves the reading as read (≥ 2 negative cases): %s', (text) => {
    expect(organisations(text).some(([, , readOn]) => readOn)).toBe(false);
  });
});

/** The page `text` with a reading `short` where it first stands and `long` where it last stands, after the pass: [text, value, whether read on]. */
function readOnReadings(text: string, short: string, long: string): [string, string, boolean][] {
  const pages: PageInput[] = [{ page: 1, source: 'text', text }];
  const mentions: Mention[] = [short, long].map((reading, index) => {
    const start = index === 0 ? text.indexOf(reading) : text.lastIndexOf(reading);
    return { type: 'organisation', page: 1, source: 'text', span: { start, end: start + reading.length }, text: reading, value: reading, confidence: 0.7, rule: 'fr.organisation.named', inferred: [], context: reading, evidence: [] };
  });
  return extendDocumentCutShort(pages, mentions).map((m) => [m.text, m.value, (m.evidence ?? []).includes(DOCUMENT_CUT_SHORT)]);
}

describe('document-cut-short: words that open on a capital or a digit are read on too (session 45)', () => {
  it.each([
    ['Kalvo 974 ouvre. Les bénévoles de Kalvo 974 trient.', 'Kalvo', 'Kalvo 974'],
    ['La SAS Trivel\nSolaire signe. La SAS Trivel Solaire produit.', 'SAS Trivel', 'SAS Trivel Solaire'],
    ['Avec Orvenne et Territoire, on plante. Orvenne et Territoire est née en 2020.', 'Orvenne', 'Orvenne et Territoire'],
  ])('reads %s on to the longer reading (≥ 3 positive cases)', (text, short, long) => {
    const [read] = readOnReadings(text, short, long);
    expect([read?.[0].replace(/\s+/gu, ' '), read?.[1], read?.[2]]).toEqual([long, long, true]);
  });

  it.each([
    // The next words spell no other reading: a capitalised word alone is not read on.
    ['Kalvo Nord ouvre. Les bénévoles de Kalvo 974 trient.', 'Kalvo', 'Kalvo 974'],
    // The longer reading's words stand after a blank line.
    ['La SAS Trivel\n\nSolaire est un mot. La SAS Trivel Solaire produit.', 'SAS Trivel', 'SAS Trivel Solaire'],
  ])('leaves %s as read (≥ 2 negative cases)', (text, short, long) => {
    expect(readOnReadings(text, short, long)[0]).toEqual([short, short, false]);
  });
});

/** The page `text` with a reading `short` where it last stands and `long` where it first stands, after the pass: [text, value, whether named after `long`]. */
function readBackReadings(text: string, short: string, long: string): [string, string, boolean][] {
  const pages: PageInput[] = [{ page: 1, source: 'text', text }];
  const mentions: Mention[] = [short, long].map((reading, index) => {
    const start = index === 0 ? text.lastIndexOf(reading) : text.indexOf(reading);
    return { type: 'organisation', page: 1, source: 'text', span: { start, end: start + reading.length }, text: reading, value: reading, confidence: 0.7, rule: 'fr.organisation.named', inferred: [], context: reading, evidence: [] };
  });
  return extendDocumentCutShort(pages, mentions).map((m) => [m.text, m.value, (m.evidence ?? []).includes(DOCUMENT_CUT_SHORT)]);
}

describe('document-cut-short: a reading named after the longer reading its previous words spell (session 45)', () => {
  it.each([
    ['Emi & Kalvo recrute. Issue de la fusion, Emi & Kalvo est une structure.', 'Kalvo', 'Emi & Kalvo'],
    ['La MCAV Isère Vive aide. Il siège au comité de MCAV\nIsère Vive depuis 2006.', 'Isère Vive', 'MCAV Isère Vive'],
    ['UR Trivel Occitanie Pôle Sud signe. Les membres de UR Trivel Occitanie Pôle Sud votent.', 'Occitanie Pôle Sud', 'UR Trivel Occitanie Pôle Sud'],
  ])('names %s after the longer reading (≥ 3 positive cases)', (text, short, long) => {
    expect(readBackReadings(text, short, long)[0]).toEqual([short, long, true]);
  });

  it.each([
    // A type word before: `Association Kalvo` and `Kalvo` are two names the page gives.
    ['Association Kalvo Partage signe. Kalvo Partage est née ; on adhère à Association Kalvo Partage.', 'Kalvo Partage', 'Association Kalvo Partage'],
    // A coordination joins two bodies.
    ['Barvo et Taxivel signent. Les chauffeurs de Barvo et Taxivel votent.', 'Taxivel', 'Barvo et Taxivel'],
    // The previous words spell no other reading.
    ['Emi & Kalvo recrute. Avec Joe Kalvo est une structure.', 'Kalvo', 'Emi & Kalvo'],
  ])('leaves %s as read (≥ 2 negative cases)', (text, short, long) => {
    expect(readBackReadings(text, short, long)[0]).toEqual([short, short, false]);
  });
});

/** The page `text` with one reading `short` at its first occurrence, after the pass: [text, value, whether read on]. */
function wrapped(text: string, short: string, ...others: string[]): [string, string, boolean][] {
  const pages: PageInput[] = [{ page: 1, source: 'text', text }];
  const mentions: Mention[] = [short, ...others].map((reading) => {
    const start = text.indexOf(reading);
    return { type: 'organisation', page: 1, source: 'text', span: { start, end: start + reading.length }, text: reading, value: reading, confidence: 0.7, rule: 'fr.organisation.named', inferred: [], context: reading, evidence: [] };
  });
  return extendDocumentCutShort(pages, mentions).map((m) => [m.text, m.value, (m.evidence ?? []).includes(DOCUMENT_CUT_SHORT)]);
}

describe('document-cut-short: a one-word reading a line break cut, read on to the words written with it elsewhere (session 45)', () => {
  it.each([
    ["Le budget de l'association Dalvo\nBrisco se décompose ainsi. La somme versée à Dalvo Brisco.", 'Dalvo', 'Dalvo Brisco'],
    ['Il a fait du hall un espace Mirel\nCiné en exposant des photos. Le programme de Mirel Ciné.', 'Mirel', 'Mirel Ciné'],
    ["Le mariage de l'association Ciné Le\nTrivol avec la SCIC a duré peu. Elle confie la salle à ciné Le Trivol depuis 2011.", 'Ciné', 'Ciné Le Trivol'],
  ])('reads on (≥ 3 positive cases): %s', (text, short, long) => {
    const [read] = wrapped(text, short);
    expect([read?.[0].replace(/\s+/gu, ' '), read?.[1], read?.[2]]).toEqual([long, long, true]);
  });

  it.each([
    // The document never writes the words on one line.
    ["Le budget de l'association Dalvo\nBrisco se décompose ainsi. La somme a été versée.", 'Dalvo'],
    // No line break: the name's reader already weighed the capitalised word.
    ["Le budget de l'association Dalvo Brisco se décompose ainsi. La somme versée à Dalvo Brisco.", 'Dalvo'],
    // A reading of two words is not a cut one-word name.
    ['La Recyclerie Kalvo\nJournée portes ouvertes. Recyclerie Kalvo Journée du livre.', 'Recyclerie Kalvo'],
  ])('leaves the reading as read (≥ 2 negative cases): %s', (text, short) => {
    expect(wrapped(text, short)[0]).toEqual([short, short, false]);
  });

  it('takes no word another mention holds', () => {
    const text = "Le budget de l'association Dalvo\nBrisco se décompose ainsi. La somme versée à Dalvo Brisco.";
    expect(wrapped(text, 'Dalvo', 'Brisco')[0]).toEqual(['Dalvo', 'Dalvo', false]);
  });
});

/** The pattern `previousWord` reads backwards: its answers must stay exactly this pattern's. */
const PREVIOUS_WORD_PATTERN = /(?:^|[^\p{L}\p{N}'’&-])([\p{L}\p{N}][\p{L}\p{N}'’-]*|&)[ \t]*\n?[ \t]*$/du;
function patternAnswer(before: string): { word: string; start: number } | null {
  const match = PREVIOUS_WORD_PATTERN.exec(before);
  const word = match?.[1];
  return match === null || word === undefined ? null : { word, start: match.indices?.[1]?.[0] ?? -1 };
}

describe('previousWord: the word a text ends on, read backwards', () => {
  it.each([
    ['versée à Emi & ', { word: '&', start: 13 }],
    ['versée à Emi &', { word: '&', start: 13 }],
    ["l'association d’Écopole \n ", { word: 'd’Écopole', start: 14 }],
    ['au 3e', { word: '3e', start: 3 }],
    ['Kalvo', { word: 'Kalvo', start: 0 }],
    ['ensemble\n\n', null],
    ['A&B', null],
    ['&&', null],
    ['x -abc', null],
    ['fin.', null],
    ['', null],
  ])('%j', (before, expected) => {
    expect(previousWord(before)).toEqual(expected);
    expect(patternAnswer(before)).toEqual(expected);
  });

  it('answers as the pattern does on 20,000 random texts (letters, digits, marks, spaces, surrogates)', () => {
    const units = ['a', 'É', 'é', '7', "'", '’', '-', '&', ' ', '\t', '\n', '.', ',', '(', '𝒜', '😀', '\ud835', '\udc9c', '\u00a0', 'ß', '٣'];
    let seed = 47;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 20_000; round += 1) {
      const length = Math.floor(next() * 12);
      const before = Array.from({ length }, () => units[Math.floor(next() * units.length)]).join('');
      expect(previousWord(before), JSON.stringify(before)).toEqual(patternAnswer(before));
    }
  });
});
