/**
 * The `indicators` export: one row per figure, as PTCE × period × indicator × value, the shape a
 * CRESS analyst pastes into a yearly activity table. The PTCE of a document is the organisation
 * named "PTCE …" it mentions most (or the document title when none is), since newsletters and
 * reports speak for one pole.
 */
import type { Db } from '../store/db.js';
import type { MentionRecord } from '../store/mentions.js';
import { documentsWithMentions, periodOf } from './corpus-rows.js';
import { writeCsv, type CsvOptions } from './mentions-csv.js';

export const INDICATOR_COLUMNS = ['ptce', 'period', 'indicator', 'value', 'status', 'document', 'page', 'text', 'context'] as const;

function mainPtce(mentions: readonly MentionRecord[], fallback: string): string {
  const counts = new Map<string, number>();
  for (const mention of mentions) {
    if (mention.type !== 'organisation') continue;
    const name = mention.entity ?? mention.value;
    if (/^(?:PTCE|Pôle territorial de coopération)/iu.test(name) && name.length > 5) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const entry of counts) if (best === undefined || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  return best?.[0] ?? fallback;
}

export async function exportIndicatorsCsv(db: Db, out: string, options: CsvOptions): Promise<number> {
  const rows = function* () {
    for (const { document, mentions } of documentsWithMentions(db)) {
      const ptce = mainPtce(mentions, document.title ?? document.fileName);
      for (const mention of mentions) {
        if (mention.type !== 'figure') continue;
        yield [ptce, periodOf(document), mention.unit ?? '', Number(mention.value), mention.status, document.fileName, mention.page, mention.text, mention.context] as const;
      }
    }
  };
  return writeCsv(out, INDICATOR_COLUMNS, rows(), options);
}
