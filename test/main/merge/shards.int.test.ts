/**
 * Sharded import, as the README's recipe runs it: GNU parallel imports four shards (text-layer
 * PDFs, one of them in two shards), `glaneur merge` joins them, and the merged corpus equals a
 * single import of the same files: the same documents, pages, mentions and entity groups. Then
 * decisions taken in two shards on one document merge, with their conflict listed and their audit
 * trails joined. Needs GNU parallel (`.ci/run` installs it) and the built CLI (`npm run build`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityKey, type MentionType } from '../../../extractors/index.js';
import { openCorpus } from '../../../main/store/db.js';
import { listMentions } from '../../../main/store/mentions.js';
import { acceptMention, editMention, rejectMention } from '../../../main/store/review.js';
import { runCli } from '../../helpers/cli.js';
import { cliPath, devFile, tempDir } from '../../helpers/fixtures.js';

/** Everything a corpus holds that must not depend on how the import was split, ids left out. */
function snapshot(file: string): unknown {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const documents = db.prepare('SELECT sha256, file_name, page_count, text_pages, ocr_pages, kind, document_date, title, status FROM documents ORDER BY sha256').all();
    const pages = db.prepare('SELECT d.sha256, p.number, p.text, p.source FROM pages p JOIN documents d ON d.id = p.document_id ORDER BY d.sha256, p.number').all();
    const mentions = db
      .prepare<[], { key: string; type: MentionType; entity: number | null; canonical: string | null }>(
        `SELECT d.sha256 || ':' || m.page || ':' || m.start || ':' || m.end || ':' || m.type || ':' || m.value || ':' || ifnull(m.unit, '') || ':' || m.rule || ':' || m.status AS key,
                m.type, m.entity_id AS entity, e.canonical
           FROM mentions m JOIN documents d ON d.id = m.document_id LEFT JOIN entities e ON e.id = m.entity_id ORDER BY key`,
      )
      .all();
    const groups = new Map<number, string[]>();
    for (const mention of mentions) if (mention.entity !== null) groups.set(mention.entity, [...(groups.get(mention.entity) ?? []), mention.key]);
    const entities = [...groups.values()].map((keys) => keys.join(' | ')).sort();
    const canonicalKeys = [...new Set(mentions.filter((m) => m.canonical !== null).map((m) => entityKey(m.type, m.canonical ?? '')))].sort();
    return { documents, pages, mentions: mentions.map((mention) => mention.key), entities, canonicalKeys };
  } finally {
    db.close();
  }
}

async function textPdf(file: string, lines: readonly string[]): Promise<void> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  lines.forEach((line, index) => page.drawText(line, { x: 50, y: 780 - index * 18, size: 12, font }));
  writeFileSync(file, await pdf.save());
}

describe('sharded import with GNU parallel, then glaneur merge', () => {
  const dir = tempDir();
  afterAll(() => dir.cleanup());
  const shards = ['shard1', 'shard2', 'shard3', 'shard4'].map((name) => join(dir.path, name));
  const files = { '000.pdf': devFile('000.pdf'), '002.pdf': devFile('002.pdf'), '003.pdf': devFile('003.pdf') };

  beforeAll(async () => {
    const parallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' });
    if (parallel.status !== 0) throw new Error('GNU parallel is not installed (apt-get install -y parallel; .ci/run does it)');
    for (const shard of shards) mkdirSync(shard);
    copyFileSync(files['000.pdf'], join(shards[0] ?? '', '000.pdf'));
    copyFileSync(files['002.pdf'], join(shards[1] ?? '', '002.pdf'));
    copyFileSync(files['003.pdf'], join(shards[2] ?? '', '003.pdf'));
    copyFileSync(files['000.pdf'], join(shards[3] ?? '', '000.pdf'));
    await textPdf(join(shards[3] ?? '', 'lettre-tarentaise.pdf'), [
      'La lettre du PTCE Tarentaise',
      'Bilan de l annee 2024',
      'Le pole compte 120 adherents et a tenu 14 reunions.',
      'Contact : Claire Bernard, presidente de la CRESS Bretagne',
      'claire.bernard@exemple.fr',
    ]);
    // The README's recipe, on one machine: one import per shard, two at a time.
    execFileSync('parallel', ['--jobs', '2', '--halt', 'now,fail=1', process.execPath, cliPath, 'import', '{}', '--db', '{}.sqlite', '--ocr', 'never', '--jobs', '1', ':::', ...shards], { stdio: 'pipe' });
    const single = await runCli(['import', ...shards, '--db', join(dir.path, 'single.sqlite'), '--ocr', 'never', '--jobs', '1']);
    expect(single.code).toBe(0);
  });

  it('the merged shards equal a single import', async () => {
    const merged = join(dir.path, 'merged.sqlite');
    const run = await runCli(['merge', ...shards.map((shard) => `${shard}.sqlite`), '--into', merged]);
    expect(run.stderr).toContain('4 corpora merged');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/shard4\.sqlite\t1 documents added, 1 already there/u);
    expect(snapshot(merged)).toEqual(snapshot(join(dir.path, 'single.sqlite')));
  });

  it('keeps decisions and entity edits of each shard, lists conflicts and joins audit trails', async () => {
    const a = await openCorpus(`${shards[0]}.sqlite`);
    const b = await openCorpus(`${shards[3]}.sqlite`);
    const figure = (db: typeof a, text: string) => listMentions(db, { types: ['figure'] }).find((mention) => mention.text === text)?.id ?? 0;
    acceptMention(a, 'claire', figure(a, '47 rencontres'));
    rejectMention(b, 'paul', figure(b, '47 rencontres'));
    acceptMention(b, 'paul', figure(b, '26 réunions'));
    const person = listMentions(a, { types: ['person'] }).find((mention) => mention.value === 'François Theret');
    editMention(a, 'claire', person?.id ?? 0, { entity: 'François Theret-Lemaire' });
    a.close();
    b.close();
    const merged = join(dir.path, 'decided.sqlite');
    const run = await runCli(['merge', `${shards[0]}.sqlite`, `${shards[3]}.sqlite`, '--into', merged]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^conflict\t000\.pdf p\.1 \[\d+-\d+\] figure «47 rencontres»\tkept: accepted figure 47 rencontre\t.*shard4\.sqlite: rejected figure 47 rencontre$/mu);
    const db = await openCorpus(merged);
    try {
      const mentions = listMentions(db, { documentId: undefined });
      expect(mentions.find((mention) => mention.text === '47 rencontres')?.status).toBe('accepted');
      expect(mentions.find((mention) => mention.text === '26 réunions')?.status).toBe('accepted');
      expect(mentions.find((mention) => mention.value === 'François Theret' && mention.status === 'edited')?.entity).toBe('François Theret-Lemaire');
      // The edit moved that one mention only, as in its shard: the others keep their entity.
      expect(mentions.filter((mention) => mention.value === 'François Theret' && mention.status !== 'edited').map((mention) => mention.entity)).toEqual(['François Theret', 'François Theret']);
      const audit = db.prepare<[], { actor: string; action: string; undone: number }>('SELECT actor, action, undone FROM audit ORDER BY id').all();
      expect(audit).toEqual([
        { actor: 'claire', action: 'accept', undone: 0 },
        { actor: 'claire', action: 'edit', undone: 0 },
        { actor: 'paul', action: 'reject', undone: 1 },
        { actor: 'paul', action: 'accept', undone: 0 },
      ]);
    } finally {
      db.close();
    }
  });

  it('refuses to merge a corpus into itself, and names a missing source', async () => {
    const self = await runCli(['merge', `${shards[0]}.sqlite`, '--into', `${shards[0]}.sqlite`]);
    expect([self.code, self.stderr.trim()]).toEqual([2, `glaneur: ${shards[0]}.sqlite: a corpus cannot be merged into itself (choose another --into)`]);
    const missing = await runCli(['merge', join(dir.path, 'nope.sqlite'), `${shards[1]}.sqlite`, '--into', join(dir.path, 'partial.sqlite')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.sqlite: no such corpus file');
  });
});
