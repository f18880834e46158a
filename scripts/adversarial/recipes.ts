/**
 * What every generator of hostile PDFs in this folder shares (round3-pdfs.ts, round4-pdfs.ts,
 * round5-pdfs.ts, round6-pdfs.ts, more-pdfs.ts): a table of recipes by kind, written into a folder
 * as `KIND.pdf`, and the command line `node --import tsx scripts/adversarial/NAME.ts OUT_DIR [KIND...]`
 * that prints each file written with its description.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** How to make one hostile PDF; `make` gives null when a tool it needs is missing. */
export interface Recipe {
  readonly description: string;
  readonly make: () => Buffer | null | Promise<Buffer | null>;
}

export interface MadePdf<K extends string> {
  readonly kind: K;
  /** Null when a tool the recipe needs is missing. */
  readonly file: string | null;
  readonly description: string;
}

/** Writes the PDFs of `kinds` into `outDir` (made if missing), in order. */
export async function writeRecipes<K extends string>(outDir: string, recipes: Readonly<Record<K, Recipe>>, kinds: readonly K[]): Promise<MadePdf<K>[]> {
  await mkdir(outDir, { recursive: true });
  const made: MadePdf<K>[] = [];
  for (const kind of kinds) {
    const bytes = await recipes[kind].make();
    const file = bytes === null ? null : join(resolve(outDir), `${kind}.pdf`);
    if (file !== null && bytes !== null) await writeFile(file, bytes);
    made.push({ kind, file, description: recipes[kind].description });
  }
  return made;
}

/** The file of a recipe that needs no outside tool (its `make` never gives null). */
export function madeFile<K extends string>(made: MadePdf<K>): string {
  if (made.file === null) throw new Error(`${made.kind}: not written`);
  return made.file;
}

/**
 * When the module at `moduleUrl` is the script run, writes the kinds named on its command line
 * (all when none) into the folder named first, and prints each file with its description.
 */
export async function recipesCommand<K extends string>(moduleUrl: string, recipes: Readonly<Record<K, Recipe>>, all: readonly K[]): Promise<void> {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href) return;
  const [outDir, ...kinds] = process.argv.slice(2);
  if (outDir === undefined || kinds.some((kind) => !(all as readonly string[]).includes(kind))) {
    process.stderr.write(`usage: node --import tsx scripts/adversarial/${basename(fileURLToPath(moduleUrl))} OUT_DIR [${all.join('|')}...]\n`);
    process.exit(2);
  }
  for (const made of await writeRecipes(outDir, recipes, kinds.length === 0 ? all : (kinds as K[]))) process.stdout.write(`${made.file ?? '(skipped: tool missing)'}\t${made.description}\n`);
}

/** `make(dir)` in a scratch folder when every command-line tool in `tools` is installed; null otherwise. */
export async function withTools<T>(tools: readonly string[], make: (dir: string) => Promise<T> | T): Promise<T | null> {
  if (!tools.every((tool) => ['/usr/bin', '/usr/local/bin', '/bin'].some((folder) => existsSync(join(folder, tool))))) return null;
  const dir = mkdtempSync(join(tmpdir(), 'glaneur-recipe-'));
  try {
    return await make(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
