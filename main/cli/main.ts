/**
 * The `glaneur` command line (commander). Command modules are imported only when their command
 * runs, so `glaneur --help` never loads pdf.js, tesseract.js, SQLite or the lexicons.
 *
 * Exit codes: 0 success; 1 some files failed to import (the others were imported); 2 usage,
 * corpus or output errors (missing, foreign, damaged, locked or newer corpus; refused --out; bad
 * option), always as one line on stderr (`guarded`).
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { guarded } from './failure.js';
// Type-only: erased at run time, so the export command's modules still load lazily.
import type { ExportCliOptions } from './commands/export.js';

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return parsed;
}

function port(value: string): number {
  const parsed = Number(value);
  if (!/^\d+$/u.test(value.trim()) || !Number.isInteger(parsed) || parsed > 65_535) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return parsed;
}

const program = new Command()
  .name('glaneur')
  .description('Turn French PTCE documents (PDF, text layer or scan) into a reviewed corpus of dates, figures, people and organisations.')
  .showHelpAfterError('(add --help for usage)')
  .exitOverride((error) => {
    process.exit(error.exitCode === 0 ? 0 : 2);
  });

program
  .command('import')
  .description('import PDF files (or every .pdf under the given folders) into a corpus')
  .argument('<files...>', 'PDF files or folders')
  .requiredOption('--db <corpus>', 'corpus file (created if missing)')
  .option('--jobs <n>', 'OCR workers, and threads: N - 1 reading (at least one) and one extracting (at most the number of cores)', positiveInteger)
  .option('--force-jobs', 'allow --jobs above the number of cores', false)
  .addOption(new Option('--ocr <mode>', 'OCR pages: auto (only pages without a usable text layer), always, never').choices(['auto', 'always', 'never']).default('auto'))
  .option('--page-timeout <seconds>', 'longest time one page may take', positiveInteger)
  .action(async (files: string[], options: { db: string; jobs?: number; forceJobs: boolean; ocr: 'auto' | 'always' | 'never'; pageTimeout?: number }) => {
    process.exitCode = await guarded({ db: options.db }, async () => (await import('./commands/import.js')).runImport(files, options));
  });

program
  .command('export')
  .description('export the corpus as CSV')
  .requiredOption('--db <corpus>', 'corpus file')
  .requiredOption('--out <file>', 'output file (a folder for --format txm)')
  .addOption(
    new Option('--format <format>', 'mentions: one row per mention; indicators: PTCE × period × indicator × value; directory: people with roles, organisations and contacts; txm: a folder of texts + metadata.csv; iramuteq: one starred corpus file')
      .choices(['mentions', 'indicators', 'directory', 'txm', 'iramuteq'])
      .default('mentions'),
  )
  .option('--types <types>', 'comma-separated mention types (person,organisation,date,figure,email,phone,url)')
  .addOption(new Option('--status <status>', 'which mentions (accepted also keeps edited ones in indicators and directory)').choices(['accepted', 'pending', 'rejected', 'edited', 'all']).default('all'))
  .addOption(new Option('--delimiter <char>', 'field separator').choices([',', ';']).default(','))
  .option('--bom', 'start with a UTF-8 byte order mark (French Excel)', false)
  .option('--force', 'replace an existing file (or write into a folder) that is not a Glaneur export of this kind', false)
  .option('--excel-fr', "French Excel preset: ';', BOM, French headers, decimal commas, phone numbers and codes kept as text", false)
  .addOption(new Option('--layout <layout>', 'indicators: long (one row per PTCE × period × indicator) or wide (one row per PTCE and period)').choices(['long', 'wide']).default('long'))
  .action(async (options: ExportCliOptions) => {
    process.exitCode = await guarded({ db: options.db }, async () => (await import('./commands/export.js')).runExport(options));
  });

program
  .command('merge')
  .description('merge corpora (shards imported on several machines) into one: documents deduplicated by content, decisions, entities and audit kept, conflicts listed')
  .argument('<corpora...>', 'corpus files to merge (only read)')
  .requiredOption('--into <corpus>', 'the merged corpus (created if missing)')
  .action(async (corpora: string[], options: { into: string }) => {
    process.exitCode = await guarded({ db: options.into }, async () => (await import('./commands/merge.js')).runMerge(corpora, options));
  });

program
  .command('text')
  .description('write one cleaned UTF-8 .txt per document, pages separated by a form feed')
  .requiredOption('--db <corpus>', 'corpus file')
  .requiredOption('--out <dir>', 'output folder (created; a previous text export there is replaced)')
  .option('--force', 'write into a folder holding other files (files with the same names are replaced)', false)
  .action(async (options: { db: string; out: string; force: boolean }) => {
    process.exitCode = await guarded({ db: options.db }, async () => (await import('./commands/text.js')).runText(options));
  });

program
  .command('reextract')
  .description('re-run the current extractors over the stored page text, keeping every human decision')
  .requiredOption('--db <corpus>', 'corpus file')
  .action(async (options: { db: string }) => {
    process.exitCode = await guarded({ db: options.db }, async () => (await import('./commands/reextract.js')).runReextract(options));
  });

program
  .command('serve')
  .description('serve the review API (and app) on 127.0.0.1')
  .requiredOption('--db <corpus>', 'corpus file (created if missing)')
  .option('--port <n>', 'port (0 picks a free one)', port, 4767)
  .action(async (options: { db: string; port: number }) => {
    process.exitCode = await guarded({ db: options.db, port: options.port }, async () => (await import('./commands/serve.js')).runServe(options));
  });

/**
 * A value option given twice (`--db a.sqlite --db b.sqlite`, `--out x --out y`) is refused, exit
 * 2: commander keeps the last one without a word, so an import went into, or an export read,
 * another corpus than the one the user may have meant. A flag given twice is harmless.
 */
function refuseRepeatedOptions(command: Command): void {
  for (const option of command.options) {
    if (!option.required && !option.optional) continue;
    let given = false;
    command.on(`option:${option.name()}`, () => {
      if (given) command.error(`error: option '${option.long ?? option.flags}' given more than once: give it once`, { exitCode: 2, code: 'glaneur.repeatedOption' });
      given = true;
    });
  }
}
program.commands.forEach(refuseRepeatedOptions);

/**
 * A value option whose value is one of the command's own options (`--out --force`, `--db --ocr`)
 * is refused, exit 2: the user left the value out, and commander took the next option for it —
 * `export --out --force` wrote the export to a file named `--force`, and `--db --ocr` would make
 * a corpus of that name. A file so named is still reachable as `./--force`.
 */
function refuseOptionsAsValues(command: Command): void {
  const flags = new Set(['-h', '--help', ...command.options.flatMap((option) => [option.long, option.short].filter((flag): flag is string => flag !== undefined))]);
  for (const option of command.options) {
    if (!option.required && !option.optional) continue;
    command.on(`option:${option.name()}`, (value: unknown) => {
      if (typeof value === 'string' && flags.has(value.split('=')[0] ?? value)) {
        command.error(`error: option '${option.long ?? option.flags}' needs a value, and got the option '${value}': give the value (a file named so: ./${value})`, { exitCode: 2, code: 'glaneur.optionAsValue' });
      }
    });
  }
}
program.commands.forEach(refuseOptionsAsValues);

await program.parseAsync(process.argv);
