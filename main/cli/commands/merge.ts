import { existsSync } from 'node:fs';
import { mergeCorpora, samePath } from '../../merge/merge-corpora.js';
import type { MergeSummary } from '../../store/corpus-merge.js';
import { openCorpusForCli } from '../open-corpus.js';
import { printable, tabLine } from '../printable.js';

function printSummary(summary: MergeSummary): void {
  process.stdout.write(
    tabLine('merged', summary.source, `${summary.documentsAdded} documents added, ${summary.documentsShared} already there`, `${summary.decisionsApplied} decisions applied`, `${summary.auditRows} audit rows`, `${summary.conflicts.length} conflicts`),
  );
  for (const conflict of summary.conflicts) {
    process.stdout.write(tabLine('conflict', `${conflict.fileName} p.${conflict.page} [${conflict.start}-${conflict.end}] ${conflict.type} «${conflict.text.replace(/\s+/gu, ' ')}»`, `kept: ${conflict.kept}`, `${conflict.source}: ${conflict.other}`));
  }
}

/** Exit codes: 0 every source merged; 1 some sources could not be read; 2 usage or target errors. */
export async function runMerge(sources: string[], options: { into: string }): Promise<number> {
  const clash = sources.find((source) => samePath(source, options.into));
  if (clash !== undefined) {
    process.stderr.write(`glaneur: ${printable(clash)}: a corpus cannot be merged into itself (choose another --into)\n`);
    return 2;
  }
  const missing = sources.filter((source) => !existsSync(source));
  for (const file of missing) process.stderr.write(`glaneur: ${printable(file)}: no such corpus file\n`);
  const db = await openCorpusForCli(options.into, { create: true });
  try {
    const report = await mergeCorpora(db, sources.filter((source) => !missing.includes(source)), printSummary);
    for (const failure of report.failed) process.stderr.write(`glaneur: ${printable(`${failure.file}: ${failure.reason}`)}\n`);
    const conflicts = report.merged.reduce((sum, summary) => sum + summary.conflicts.length, 0);
    process.stderr.write(`${report.merged.length} corpora merged into ${printable(options.into)}, ${conflicts} conflicts listed\n`);
    return report.failed.length + missing.length > 0 ? 1 : 0;
  } finally {
    db.close();
  }
}
