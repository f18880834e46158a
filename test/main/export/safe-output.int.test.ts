/**
 * The output-safety layer (issue 13, point 1): a failing export leaves the previous output as it
 * was (it used to be left at 0 bytes) and no temporary file behind.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { removeTemporariesOnSignal } from '../../../main/export/output-fs.js';
import { writeOutputFolder } from '../../../main/export/safe-folder.js';
import { csvHeaderTest, isCorpusFile, writeOutputFile } from '../../../main/export/safe-output.js';
import { tempDir } from '../../helpers/fixtures.js';

describe('writeOutputFile / writeOutputFolder', () => {
  const dir = tempDir();
  afterAll(() => dir.cleanup());
  const corpusFile = join(dir.path, 'corpus.sqlite');
  const recognise = csvHeaderTest(['document', 'page']);

  it('a failing export leaves the previous file exactly as it was, and no temporary file', async () => {
    const out = join(dir.path, 'mentions.csv');
    writeFileSync(out, 'document,page\r\nold.pdf,1\r\n');
    await expect(
      writeOutputFile(out, { corpusFile, force: false, recognise }, async (temporary) => {
        writeFileSync(temporary, 'document,page\r\nhalf');
        throw new Error('the corpus went away mid-export');
      }),
    ).rejects.toMatchObject({ code: 'OUTPUT_FAILED', message: expect.stringMatching(/mentions\.csv: the export could not be written \(the corpus went away mid-export\); any previous file there was left as it was/u) });
    expect(readFileSync(out, 'utf8')).toBe('document,page\r\nold.pdf,1\r\n');
    expect(readdirSync(dir.path)).toEqual(['mentions.csv']);
  });

  it('Ctrl-C or SIGTERM mid-export removes the temporary file or folder and keeps the previous output (a hidden .tmp was left behind)', async () => {
    const folder = join(dir.path, 'interrupted');
    mkdirSync(folder);
    const out = join(folder, 'mentions.csv');
    writeFileSync(out, 'document,page\r\nold.pdf,1\r\n');
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const stop = removeTemporariesOnSignal();
    try {
      const interrupted = (signal: 'SIGINT' | 'SIGTERM') => async (temporary: string): Promise<void> => {
        writeFileSync(join(temporary, ...(existsSync(temporary) && statSync(temporary).isDirectory() ? ['000.txt'] : [])), 'document,page\r\nhalf');
        process.emit(signal);
        // The process would end here; the test goes on to look at what is left.
        throw new Error('stopped');
      };
      await writeOutputFile(out, { corpusFile, force: false, recognise }, interrupted('SIGINT')).catch(() => undefined);
      expect(exit).toHaveBeenLastCalledWith(130);
      await writeOutputFolder(join(folder, 'texts'), 'text', { corpusFile, force: false }, interrupted('SIGTERM')).catch(() => undefined);
      expect(exit).toHaveBeenLastCalledWith(143);
      expect(stderr).toHaveBeenCalledWith(expect.stringMatching(/^glaneur: stopped \(SIGINT\); nothing was written/u));
    } finally {
      stop();
      exit.mockRestore();
      stderr.mockRestore();
    }
    expect(readdirSync(folder)).toEqual(['mentions.csv']);
    expect(readFileSync(out, 'utf8')).toBe('document,page\r\nold.pdf,1\r\n');
    rmSync(folder, { recursive: true });
  });

  it('a successful export replaces it', async () => {
    const out = join(dir.path, 'mentions.csv');
    const count = await writeOutputFile(out, { corpusFile, force: false, recognise }, async (temporary) => {
      writeFileSync(temporary, 'document;page\r\nnew.pdf;2\r\n');
      return 1;
    });
    expect(count).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('document;page\r\nnew.pdf;2\r\n');
  });

  it('a failing folder export leaves the previous folder as it was', async () => {
    const out = join(dir.path, 'texts');
    await writeOutputFolder(out, 'text', { corpusFile, force: false }, async (temporary) => writeFileSync(join(temporary, 'a.txt'), 'premier'));
    await expect(
      writeOutputFolder(out, 'text', { corpusFile, force: false }, async (temporary) => {
        writeFileSync(join(temporary, 'a.txt'), 'second');
        throw new Error('disk full');
      }),
    ).rejects.toMatchObject({ code: 'OUTPUT_FAILED' });
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('premier');
    expect(readdirSync(dir.path).sort()).toEqual(['mentions.csv', 'texts']);
  });

  it('a folder export replaces its previous export whole (stale files go)', async () => {
    const out = join(dir.path, 'texts');
    await writeOutputFolder(out, 'text', { corpusFile, force: false }, async (temporary) => writeFileSync(join(temporary, 'b.txt'), 'b'));
    expect(readdirSync(out).sort()).toEqual(['.glaneur-export.json', 'b.txt']);
  });

  it('--force into a folder of other files never writes over the corpus living there', async () => {
    const folder = join(dir.path, 'with-corpus');
    mkdirSync(folder);
    const corpus = join(folder, 'notes.txt');
    writeFileSync(corpus, 'the corpus');
    await expect(
      writeOutputFolder(folder, 'text', { corpusFile: corpus, force: true }, async (temporary) => writeFileSync(join(temporary, 'notes.txt'), 'an export')),
    ).rejects.toMatchObject({ code: 'OUTPUT_REFUSED' });
    expect(readFileSync(corpus, 'utf8')).toBe('the corpus');
    expect(readdirSync(folder)).toEqual(['notes.txt']);
  });

  it('isCorpusFile: the corpus, its companions and backups, by any path', () => {
    for (const name of ['corpus.sqlite', 'corpus.sqlite-wal', 'corpus.sqlite-shm', 'corpus.sqlite-journal', 'corpus.sqlite.bak-v2']) {
      expect(isCorpusFile(join(dir.path, '.', name), corpusFile)).toBe(true);
    }
    expect(isCorpusFile(join(dir.path, 'corpus.csv'), corpusFile)).toBe(false);
  });
});
