/**
 * The `iramuteq` export: one UTF-8 corpus file, each text (one per work) opened by a line of
 * starred variables — `**** *id_000 *ptce_emergence_henin_carvin *annee_2022 *genre_lettre
 * *source_texte *pages_5`. IRaMuTeQ reads `*name_value` tokens: names and values are ASCII
 * letters, digits and underscores only (accents folded, spaces as `_`), ids are unique, and no
 * `*` is left in the texts (a starred token there would be read as a variable).
 */
import { writeFile } from 'node:fs/promises';
import type { Db } from '../store/db.js';
import { researchCorpus } from './research-corpus.js';

/** `Émergence Hénin-Carvin` → `emergence_henin_carvin`; empty → `inconnu`. */
export function variableValue(value: string): string {
  return (
    value
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^A-Za-z0-9]+/gu, '_')
      .replace(/^_+|_+$/gu, '')
      .toLowerCase() || 'inconnu'
  );
}

export async function exportIramuteq(db: Db, out: string): Promise<number> {
  const entries = researchCorpus(db);
  const ids = new Set<string>();
  const parts = entries.map((entry) => {
    // Ids are unique once folded too (`lettre 1` and `lettre-1` both fold to `lettre_1`).
    let id = variableValue(entry.id);
    for (let n = 2; ids.has(id); n += 1) id = `${variableValue(entry.id)}_${n}`;
    ids.add(id);
    const header = [
      '****',
      `*id_${id}`,
      `*ptce_${variableValue(entry.ptce.replace(/^PTCE\s+/iu, ''))}`,
      `*annee_${variableValue(entry.year)}`,
      `*genre_${variableValue(entry.genre)}`,
      `*source_${entry.source}`,
      `*pages_${entry.pages}`,
    ].join(' ');
    return `${header}\n${entry.text.replace(/\*/gu, ' ').replace(/[ \t]{2,}/gu, ' ').replace(/^ +| +$/gmu, '')}\n`;
  });
  await writeFile(out, parts.join('\n'), 'utf8');
  return parts.length;
}
