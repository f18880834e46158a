/**
 * `glaneur merge A.sqlite B.sqlite … --into C.sqlite`: merges shard corpora into one (created
 * when missing). Each source is read only and merged in one transaction of the target, so a
 * source that cannot be read leaves the target as it was before that source.
 */
import { resolve } from 'node:path';
import { mergeCorpusInto, type MergeSummary } from '../store/corpus-merge.js';
import type { Db } from '../store/db.js';
import { openCorpusToRead } from '../store/read-corpus.js';

export interface MergeReport {
  readonly merged: MergeSummary[];
  /** Sources that could not be read: file and reason. */
  readonly failed: { readonly file: string; readonly reason: string }[];
}

/** Whether two paths name the same file (the target may not be one of its sources). */
export function samePath(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}

export async function mergeCorpora(target: Db, sources: readonly string[], onMerged?: (summary: MergeSummary) => void): Promise<MergeReport> {
  const merged: MergeSummary[] = [];
  const failed: { file: string; reason: string }[] = [];
  for (const file of sources) {
    let source;
    try {
      source = await openCorpusToRead(file);
    } catch (error) {
      failed.push({ file, reason: error instanceof Error ? error.message : String(error) });
      continue;
    }
    try {
      const summary = mergeCorpusInto(target, source.db, file);
      merged.push(summary);
      onMerged?.(summary);
    } catch (error) {
      failed.push({ file, reason: error instanceof Error ? error.message : String(error) });
    } finally {
      source.close();
    }
  }
  return { merged, failed };
}
