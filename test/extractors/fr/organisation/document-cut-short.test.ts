/**
 * `document-cut-short` (extractors/fr/organisation/document-cut-short.ts): a reading followed by
 * lower-case words that, with it, spell another organisation reading of the same document is read
 * on to that reading. Invented names only.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../extractors/index.js';
import { DOCUMENT_CUT_SHORT } from '../../../../extractors/fr/organisation/document-cut-short.js';

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
