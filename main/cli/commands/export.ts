import { MENTION_TYPES, type MentionType } from '../../../extractors/core/types.js';
import { exportMentionsCsv } from '../../export/mentions-csv.js';
import type { MentionStatus } from '../../store/mentions.js';
import { openCorpusForCli } from '../open-corpus.js';

function parseTypes(types: string | undefined): MentionType[] | undefined | Error {
  if (types === undefined) return undefined;
  const list = types.split(',').map((type) => type.trim()).filter((type) => type !== '');
  const unknown = list.filter((type) => !(MENTION_TYPES as readonly string[]).includes(type));
  if (unknown.length > 0) return new Error(`unknown type(s) ${unknown.join(', ')}; expected ${MENTION_TYPES.join(', ')}`);
  return list as MentionType[];
}

export async function runExport(options: { db: string; out: string; types?: string; status: string; delimiter: ',' | ';'; bom: boolean }): Promise<number> {
  const types = parseTypes(options.types);
  if (types instanceof Error) {
    process.stderr.write(`glaneur: --types: ${types.message}\n`);
    return 2;
  }
  const db = await openCorpusForCli(options.db, false);
  if (db === null) return 2;
  try {
    const statuses = options.status === 'all' ? undefined : [options.status as MentionStatus];
    const rows = await exportMentionsCsv(db, options.out, { delimiter: options.delimiter, bom: options.bom, types, statuses });
    process.stderr.write(`${rows} mentions written to ${options.out}\n`);
    return 0;
  } finally {
    db.close();
  }
}
