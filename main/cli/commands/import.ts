import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import { importFiles, startDocumentThreads, type ImportResult } from '../../ingest/import-files.js';
import { listInputs, type InputNote } from '../../ingest/list-inputs.js';
import { decideJobs } from '../jobs.js';
import { openCorpusForCli } from '../open-corpus.js';
import { printable, tabLine } from '../printable.js';

function summaryLine(result: ImportResult): string {
  const name = basename(result.file);
  switch (result.status) {
    case 'imported': {
      // Warnings go in one last column, so that a script splitting on tabs still finds the others.
      const fields = ['imported', name, `${result.pages} pages (${result.textPages} text, ${result.ocrPages} OCR)`, `${result.mentions} mentions`, `${result.seconds.toFixed(1)} s`];
      if (result.warnings.length > 0) fields.push(`${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}: ${result.warnings.map((warning) => `${warning.code} ${warning.message}`).join('; ')}`);
      return tabLine(...fields);
    }
    case 'duplicate':
      return tabLine('skipped', name, `already in the corpus${result.existingFileName === name ? '' : ` as ${result.existingFileName}`} (same content)`);
    case 'failed':
      return tabLine('failed', name, `${result.code}: ${result.message}`);
  }
}

/** A link or folder met while walking a folder and not imported from there (`failed` when its files are not imported at all). */
function noteLine(note: InputNote): string {
  return note.status === 'failed' ? tabLine('failed', basename(note.path), `${note.code}: ${note.message}`) : tabLine('skipped', basename(note.path), note.message);
}

/** The end of the summary when the folders held files that are not PDFs: how many, and why they were left out. */
export function leftOutNote(leftOut: number): string {
  if (leftOut === 0) return '';
  return `; ${leftOut} other file${leftOut === 1 ? '' : 's'} in the folders left out (not PDFs: a folder contributes its .pdf files only)`;
}

/** `glaneur import`: exit 0 when every file was imported (or already was), 1 when some failed. */
export async function runImport(
  paths: readonly string[],
  options: { db: string; jobs?: number; forceJobs?: boolean; ocr: 'auto' | 'always' | 'never'; pageTimeout?: number },
): Promise<number> {
  const { jobs, note } = decideJobs(options.jobs, availableParallelism(), options.forceJobs === true);
  if (note !== undefined) process.stderr.write(`glaneur: ${note}\n`);
  const { files, notes, raw, leftOut } = await listInputs(paths);
  // What a folder held that is not imported is said first, one line each, like a file's result.
  for (const note of notes) process.stdout.write(noteLine(note));
  const notImported = notes.filter((note) => note.status === 'failed').length;
  // The reading threads load pdf.js, and the extraction thread the extractors, while the corpus is
  // opened (and, if it cannot be, are stopped): that start-up is no longer waited for after it.
  const threads = startDocumentThreads(Math.min(jobs, files.length));
  const db = await openCorpusForCli(options.db, { create: true }).catch(async (error: unknown) => {
    await threads.terminate();
    throw error;
  });
  try {
    const bar = process.stderr.isTTY
      ? new cliProgress.SingleBar({ stream: process.stderr, format: 'pages {bar} {value}/{total} | documents {docs}/{files} | {file}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic)
      : null;
    let totalPages = 0;
    let documentsDone = 0;
    bar?.start(0, 0, { docs: 0, files: files.length, file: '' });
    const results = await importFiles(db, files, {
      jobs,
      threads,
      rawPaths: raw,
      ocr: options.ocr,
      pageTimeoutMs: options.pageTimeout === undefined ? undefined : options.pageTimeout * 1000,
      onProgress: (event) => {
        if (event.kind === 'read-again') {
          // Its result line comes after the others': said now, so that its silence misleads no one.
          bar?.stop();
          const why = event.beside ? 'while another document was read beside it' : 'while memory held by earlier documents counted against it';
          process.stderr.write(`glaneur: ${printable(event.fileName)} was stopped for memory ${why}; it will be read again alone once the others are done\n`);
          bar?.start(totalPages, bar.getProgress() * totalPages, { docs: documentsDone, files: files.length, file: '' });
        } else if (event.kind === 'document-start') {
          // A document read again was counted when it first began.
          if (event.again !== true) totalPages += event.pages;
          bar?.setTotal(totalPages);
          if (bar === null) process.stderr.write(`reading ${printable(event.fileName)}${event.again === true ? ' again, alone' : ''} (${event.pages} pages)\n`);
        } else {
          bar?.increment(1, { file: printable(event.fileName) });
        }
      },
      onResult: (result) => {
        documentsDone += 1;
        bar?.update({ docs: documentsDone });
        if (bar !== null) bar.stop();
        process.stdout.write(summaryLine(result));
        if (bar !== null && documentsDone < files.length) bar.start(totalPages, bar.getProgress() * totalPages, { docs: documentsDone, files: files.length, file: '' });
      },
    });
    bar?.stop();
    const failedFiles = results.filter((result) => result.status === 'failed').length;
    const imported = results.filter((result) => result.status === 'imported').length;
    const failed = failedFiles + notImported;
    process.stderr.write(`${imported} imported, ${results.length - imported - failedFiles} already present, ${failed} failed${leftOutNote(leftOut)}\n`);
    return failed > 0 ? 1 : 0;
  } finally {
    await threads.terminate(); // already done by the import, unless something failed before it
    db.close();
  }
}
