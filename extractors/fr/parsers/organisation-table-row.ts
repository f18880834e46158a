/**
 * Directory tables of PTCEs and structures list one row per line: a name, then the commune in
 * capitals and its department code (`Emergence Beauvaisis BEAUVAIS (60)`). The name cell is an
 * organisation when the row is complete, i.e. a neighbouring line is a row of the same shape
 * (rows broken over several lines, as pdf.js gives wrapped cells, are left alone).
 */
import { compile } from '../../core/pattern.js';
import type { Candidate, Parser } from '../../core/types.js';

const PLACE = "\\p{Lu}[\\p{Lu}']*(?:[ -]\\p{Lu}[\\p{Lu}']*)*";
const ROW = `^(?<name>[\\p{L}\\p{N}][^\\n()|]*?\\p{L})[ \\t]+(?<place>${PLACE})[ \\t]*\\(\\d{2,3}\\)[ \\t]*$`;
const ROW_LINE = new RegExp(`[ \\t]${PLACE}[ \\t]*\\(\\d{2,3}\\)[ \\t]*$`, 'u');

function neighbourIsRow(text: string, lineStart: number, lineEnd: number): boolean {
  const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const previous = lineStart > 0 ? text.slice(previousStart, lineStart - 1) : '';
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const next = lineEnd < text.length ? text.slice(lineEnd + 1, nextEnd === -1 ? text.length : nextEnd) : '';
  return ROW_LINE.test(previous) || ROW_LINE.test(next);
}

export const organisationTableRowParser: Parser = {
  id: 'fr.organisation.table-row',
  pattern: () => compile(ROW, 'gmu'),
  extract(context, match): Candidate | null {
    const name = match.groups?.['name'] ?? '';
    const words = name.split(/\s+/u);
    if (words.length > 7 || name.length < 3 || !/^[\p{Lu}\p{N}]|^\p{Ll}+\p{Lu}/u.test(name)) return null;
    if (!neighbourIsRow(context.text, match.index, match.index + match[0].length)) return null;
    return {
      type: 'organisation', start: match.index, end: match.index + name.length, value: name.replace(/\s+/gu, ' '),
      confidence: 0.55, rule: this.id, inferred: [],
    };
  },
};
