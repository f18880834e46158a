/**
 * The benchmark corpus: the dev fixtures copied under distinct names, each copy with a comment
 * line appended after `%%EOF` (PDF readers ignore it) so every file has its own sha256 and
 * Glaneur imports each one instead of skipping it as a duplicate.
 */
import { appendFile, copyFile, chmod, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

export const DEV_DIR = 'fixtures/corpus/dev';
export const DEV_IDS = ['000', '002', '003'] as const;

/** One benchmark file and the dev document it copies (for CER against its exported PDF). */
export interface BenchFile {
  readonly path: string;
  readonly devId: string;
}

/** Copies `count` files cycling through the dev documents (`suffix` picks exported or scan). */
export async function makeCopies(dir: string, count: number, suffix: '' | '-scan', tag: string): Promise<BenchFile[]> {
  await mkdir(dir, { recursive: true });
  const files: BenchFile[] = [];
  for (let index = 0; index < count; index += 1) {
    const devId = DEV_IDS[index % DEV_IDS.length] ?? '000';
    const path = join(dir, `${tag}${String(index).padStart(3, '0')}-${devId}${suffix}.pdf`);
    await copyFile(join(DEV_DIR, `${devId}${suffix}.pdf`), path);
    await chmod(path, 0o644); // the fixtures are read-only; the copy gets a comment appended
    await appendFile(path, `\n% glaneur bench copy ${tag}${index}\n`);
    files.push({ path, devId });
  }
  return files;
}
