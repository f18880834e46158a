/**
 * Parsers of the research tools' documented input formats, for tests:
 * - TXM "TXT + CSV": a folder of UTF-8 `.txt` texts and a `metadata.csv` (comma-separated, first
 *   line the column names, first column `id` = a text's file name without `.txt`; column names
 *   become XML attribute names, values and texts end up in XML-TEI). Each text is checked by a
 *   strict XML 1.0 parser (saxes) once wrapped in an element, as TXM does.
 * - IRaMuTeQ: texts opened by a line `**** *var_value *var_value…` (names and values of ASCII
 *   letters, digits and `_`), no other line starting with `****`, no `*` in the texts.
 * Each returns the list of problems found (empty when the corpus is valid).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { SaxesParser } from 'saxes';

function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const parser = new SaxesParser({ xmlns: false });
  parser.on('error', (error) => problems.push(error.message));
  parser.write(xml).close();
  return problems;
}

const escapeXml = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

export function txmProblems(dir: string): { problems: string[]; rows: Record<string, string>[] } {
  const problems: string[] = [];
  const raw = readFileSync(join(dir, 'metadata.csv'), 'utf8');
  if (raw.charCodeAt(0) === 0xfeff) problems.push('metadata.csv starts with a BOM');
  const rows = parse(raw, { columns: true, relax_quotes: false, skip_empty_lines: true }) as Record<string, string>[];
  const header = Object.keys(rows[0] ?? {});
  if (header[0] !== 'id') problems.push(`first column is ${header[0] ?? 'missing'}, not id`);
  for (const name of header) if (!/^[a-z][a-z0-9_]*$/u.test(name)) problems.push(`column name ${name} is no XML-safe ASCII name`);
  const ids = rows.map((row) => row['id'] ?? '');
  if (new Set(ids).size !== ids.length) problems.push('duplicate ids');
  const texts = readdirSync(dir).filter((file) => file.endsWith('.txt')).map((file) => file.slice(0, -4));
  for (const id of ids) if (!texts.includes(id)) problems.push(`no text file for id ${id}`);
  for (const text of texts) if (!ids.includes(text)) problems.push(`text ${text}.txt has no metadata row`);
  const attributes = rows.map((row) => Object.entries(row).map(([name, value]) => `${name}="${escapeXml(value)}"`).join(' '));
  for (const [index, id] of ids.entries()) {
    if (!texts.includes(id)) continue;
    const body = readFileSync(join(dir, `${id}.txt`), 'utf8');
    for (const problem of xmlProblems(`<text ${attributes[index] ?? ''}>${escapeXml(body)}</text>`)) problems.push(`${id}: ${problem}`);
  }
  return { problems, rows };
}

const HEADER = /^\*{4}(?: \*[A-Za-z0-9]+_[A-Za-z0-9_]+)+$/u;

export function iramuteqProblems(file: string): { problems: string[]; headers: string[] } {
  const problems: string[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  const headers = lines.filter((line) => line.startsWith('****'));
  if (!lines[0]?.startsWith('****')) problems.push('the corpus does not start with a text header');
  for (const header of headers) if (!HEADER.test(header)) problems.push(`bad header: ${header}`);
  for (const line of lines.filter((candidate) => !candidate.startsWith('****'))) if (line.includes('*')) problems.push(`stray * in: ${line}`);
  const ids = headers.map((header) => / \*id_([A-Za-z0-9_]+)/u.exec(header)?.[1] ?? '');
  if (ids.some((id) => id === '')) problems.push('a text has no *id_ variable');
  if (new Set(ids).size !== ids.length) problems.push(`duplicate ids: ${ids.join(' ')}`);
  return { problems, headers };
}
