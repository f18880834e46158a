/**
 * The `iramuteq` export: one UTF-8 corpus file where each document starts with a line of starred
 * variables (`**** *doc_000_scan *annee_2022 *type_scan`). IRaMuTeQ reads `*name_value` tokens,
 * so values keep only letters, digits and underscores; a line starting with four stars inside a
 * text would open a new document, so such lines are defused.
 */
import { writeFile } from 'node:fs/promises';
import { parse } from 'node:path';
import type { Db } from '../store/db.js';
import { listDocuments } from '../store/documents.js';
import { documentCleanText } from './text.js';

function variableValue(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/gu, '_')
    .replace(/^_+|_+$/gu, '')
    .toLowerCase() || 'inconnu';
}

export async function exportIramuteq(db: Db, out: string): Promise<number> {
  const parts: string[] = [];
  for (const document of listDocuments(db)) {
    if (document.status !== 'imported') continue;
    const header = [
      '****',
      `*doc_${variableValue(parse(document.fileName).name)}`,
      `*annee_${variableValue(document.documentDate?.slice(0, 4) ?? '')}`,
      `*type_${variableValue(document.kind ?? '')}`,
    ].join(' ');
    const text = documentCleanText(db, document.id)
      .replace(/\f/gu, '\n')
      .replace(/^\s*\*{4}/gmu, '* * * *')
      .replace(/\n{3,}/gu, '\n\n')
      .trim();
    parts.push(`${header}\n${text}\n`);
  }
  await writeFile(out, parts.join('\n'), 'utf8');
  return parts.length;
}
