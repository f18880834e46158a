/**
 * The evaluation sets and how their pages and gold are loaded, shared by `npm run eval`
 * (scripts/eval.ts) and `npm run fit:org` (scripts/eval/fit-organisation.ts).
 *
 * Sets: `dev`, the tuning sets `tuned1`–`tuned3`, the held-out sets `heldout4`–`heldout6`
 * (fixtures/corpus), and sets of real web texts whose rendered page dumps live outside the repo.
 * Kinds: `exported` (text layer), `scanned` (OCR of page images), `noisy` (a text layer passed
 * through ocr_noise.py).
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PageInput } from '../../extractors/index.js';
import type { GoldDocument } from './score.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const corpusRoot = join(root, 'fixtures/corpus');
export const KINDS = ['exported', 'scanned', 'noisy'] as const;
/** The real web sets that rules may be tuned on (their errors may be read). */
export const REAL_TUNING_SETS = ['web-dev', 'web-tune', 'web-held', 'web-tune2', 'web-tune3', 'web-tune4', 'web-held2', 'web-tune5', 'web-tune6', 'web-tune7', 'web-tune8', 'web-tune9', 'web-tune10', 'web-tune11', 'web-held8', 'web-held9', 'web-held10', 'web-held11', 'web-held12', 'web-held13', 'web-held14', 'web-held15', 'web-held16', 'web-held17', 'web-held18', 'web-held19', 'web-held20', 'web-held21', 'web-held22', 'web-held23', 'web-held24', 'web-held25', 'web-held26', 'web-held27', 'web-held28', 'web-held29', 'web-held30', 'web-held31', 'web-held32', 'web-held33', 'web-held34', 'web-held35', 'web-held36', 'web-held37', 'web-held38', 'web-held39', 'web-held40', 'web-held41', 'web-held42', 'web-held43', 'web-held44', 'web-held45', 'web-held46', 'web-held47', 'web-held48', 'web-held49', 'web-held50', 'web-held51', 'web-held52'] as const;
/** Every set whose errors may be read: the rest (heldout4, heldout5, web-held3…, any new set) is untouched. */
export const TUNING_SETS: ReadonlySet<string> = new Set(['dev', 'tuned1', 'tuned2', 'tuned3', 'heldout6', ...REAL_TUNING_SETS]);
/**
 * Whether a set is held out from tuning: only its scores and error counts may be printed, never
 * its error strings. Unknown names are untouched, so a new set is safe before anyone lists it.
 */
export const isUntouched = (set: string): boolean => !TUNING_SETS.has(set);
export type Kind = (typeof KINDS)[number];

export interface PageDump {
  readonly file: string;
  readonly pages: readonly { page: number; source: 'text' | 'ocr'; text: string }[];
}

export interface EvalSet {
  readonly name: string;
  readonly goldDir: string;
  /** Page dumps per kind, or null when that kind was never rendered for this set. */
  readonly load: (kind: Kind) => Promise<PageDump[] | null>;
}

export async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T;
}

async function fromTexts(dir: string): Promise<PageDump[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.txt')).sort();
  return Promise.all(
    files.map(async (file) => ({
      file,
      pages: (await readFile(join(dir, file), 'utf8')).split('\f').map((text, index) => ({ page: index + 1, source: 'text' as const, text })),
    })),
  );
}

/** A fixtures set: its page dumps when rendered, else its texts for `exported`. */
export function fixtureSet(name: string): EvalSet {
  const dir = join(corpusRoot, name);
  return {
    name,
    goldDir: dir,
    load: async (kind) => {
      const dump = join(corpusRoot, 'pages', name, `${kind}.pages.json`);
      if (existsSync(dump)) return readJson<PageDump[]>(dump);
      return kind === 'exported' ? fromTexts(dir) : null;
    },
  };
}

export function devSet(): EvalSet {
  const dir = join(corpusRoot, 'dev');
  return {
    name: 'dev',
    goldDir: dir,
    load: async (kind) => {
      if (kind === 'noisy') return null;
      const suffix = kind === 'exported' ? '.pdf.json' : '-scan.pdf.json';
      const files = (await readdir(join(corpusRoot, 'dev-pages'))).filter((file) => file.endsWith(suffix) && (kind === 'scanned' || !file.includes('-scan')));
      return Promise.all(files.sort().map((file) => readJson<PageDump>(join(corpusRoot, 'dev-pages', file))));
    },
  };
}

/** Where scripts/eval/webdev.sh leaves a web set's page dumps unless told otherwise: `/tmp/webtune3-pdf` for `web-tune3`. */
export const defaultDumpDir = (name: string): string => `/tmp/${name.replace(/-/gu, '')}-pdf`;

/**
 * The web sets' page-dump folders named on a command line (`--webdev DIR`, `--web NAME=DIR`, in the
 * order given), then each of `defaults` not named whose default folder (defaultDumpDir) exists.
 * One reading for every eval script, so that promoting a set to tuning is one edit (REAL_TUNING_SETS).
 */
export function webDumpDirs(args: readonly string[], defaults: readonly string[] = [], exists: (dir: string) => boolean = existsSync): Map<string, string> {
  const given = new Map<string, string>();
  args.forEach((arg, index) => {
    const value = args[index + 1];
    if (value === undefined) return;
    if (arg === '--webdev') given.set('web-dev', value);
    const split = value.indexOf('=');
    if (arg === '--web' && split > 0) given.set(value.slice(0, split), value.slice(split + 1));
  });
  for (const name of defaults) if (!given.has(name) && exists(defaultDumpDir(name))) given.set(name, defaultDumpDir(name));
  return given;
}

/** The eval set of a web set's dumps: web-dev's gold lives in ../shared, the others' in fixtures/corpus/NAME/gold. */
export const webEvalSet = (name: string, dir: string): EvalSet => (name === 'web-dev' ? webdevSet(dir) : webdevSet(dir, name, join(corpusRoot, name, 'gold')));

/** A set of real web texts: page dumps in `dir` (`KIND.pages.json`), gold in `goldDir`. */
export function webdevSet(dir: string, name = 'web-dev', goldDir = join(root, '../shared/corpus/web-dev/gold')): EvalSet {
  return {
    name,
    goldDir,
    load: async (kind) => {
      const dump = join(dir, `${kind}.pages.json`);
      return existsSync(dump) ? readJson<PageDump[]>(dump) : null;
    },
  };
}

/** The tuning and held-out fixture sets present (tuned first), by name. */
export async function fixtureSetNames(): Promise<string[]> {
  return (await readdir(corpusRoot))
    .filter((name) => /^(?:tuned|heldout)\d$/u.test(name))
    .sort((a, b) => (a.startsWith('tuned') === b.startsWith('tuned') ? a.localeCompare(b) : a.startsWith('tuned') ? -1 : 1));
}

/** One page dump as the extractors take it, named `SET/KIND/FILE`. */
export interface DumpedDocument {
  readonly name: string;
  readonly pages: PageInput[];
}

/**
 * Every page dump the speed scripts time (warm-extraction.ts, rule-times.ts): the dev and fixture
 * sets, then the web sets named on the command line (`--webdev DIR`, `--web NAME=DIR`, webDumpDirs),
 * each kind rendered; one document per dump, in that order.
 */
export async function dumpedDocuments(args: readonly string[]): Promise<DumpedDocument[]> {
  const sets: EvalSet[] = [devSet(), ...(await fixtureSetNames()).map(fixtureSet), ...[...webDumpDirs(args)].map(([name, dir]) => webEvalSet(name, dir))];
  const documents: DumpedDocument[] = [];
  for (const set of sets) {
    for (const kind of KINDS) {
      for (const dump of (await set.load(kind)) ?? []) {
        documents.push({ name: `${set.name}/${kind}/${dump.file}`, pages: dump.pages.map((p) => ({ page: p.page, source: p.source, text: p.text })) });
      }
    }
  }
  return documents;
}

/** The gold documents of a set, by document id (`000`, `w01`). */
export async function golds(dir: string): Promise<Map<string, GoldDocument>> {
  const result = new Map<string, GoldDocument>();
  for (const file of (await readdir(dir)).filter((name) => name.endsWith('.json')).sort()) {
    const gold = await readJson<GoldDocument>(join(dir, file));
    if (Array.isArray(gold.entities)) result.set(gold.doc, gold);
  }
  return result;
}
