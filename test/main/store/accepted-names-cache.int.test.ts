/**
 * The importer asks for the corpus's accepted names before every document; the cache reads them
 * once and again only when a write it did not make may have changed them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCorpus } from '../../../main/store/db.js';
import { acceptedNamesCache } from '../../../main/store/reextract.js';
import { addMention } from '../../../main/store/review.js';
import { openTestDb } from '../../helpers/db.js';
import { storeTextDocument } from '../../helpers/documents.js';

const PAGE = 'Merci à Tisse’Lien et à Atelier Cordage pour leur accueil.';

function addOrganisation(db: Parameters<typeof addMention>[0], documentId: number, name: string): void {
  const start = PAGE.indexOf(name);
  addMention(db, 'analyst', { documentId, page: 1, start, end: start + name.length, type: 'organisation', value: name });
}

describe('acceptedNamesCache', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('keeps the names across its own writes and reads them again after a decision', () => {
    const db = openTestDb();
    const first = storeTextDocument(db, 'a.pdf', [PAGE], []);
    addOrganisation(db, first, 'Tisse’Lien');
    const cache = acceptedNamesCache(db);
    const names = cache.names();
    expect(names.map((name) => name.text)).toEqual(['Tisse’Lien']);
    expect(cache.names()).toBe(names); // nothing written: not read again

    cache.ownWrite(() => storeTextDocument(db, 'b.pdf', [PAGE], []));
    expect(cache.names()).toBe(names); // an import's own write does not make them stale

    addOrganisation(db, first, 'Atelier Cordage'); // a decision in the app, on the same connection
    expect(cache.names().map((name) => name.text).sort()).toEqual(['Atelier Cordage', 'Tisse’Lien']);
  });

  it('does not let its own write hide a decision taken just before it', () => {
    const db = openTestDb();
    const first = storeTextDocument(db, 'a.pdf', [PAGE], []);
    const cache = acceptedNamesCache(db);
    expect(cache.names()).toEqual([]);
    addOrganisation(db, first, 'Tisse’Lien'); // while the next document was being read
    cache.ownWrite(() => storeTextDocument(db, 'b.pdf', [PAGE], []));
    expect(cache.names().map((name) => name.text)).toEqual(['Tisse’Lien']);
  });

  it('sees a decision committed by another process', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'glaneur-names-'));
    folders.push(folder);
    const path = join(folder, 'corpus.sqlite');
    const importer = await openCorpus(path, { create: true });
    const app = await openCorpus(path);
    try {
      const first = storeTextDocument(importer, 'a.pdf', [PAGE], []);
      const cache = acceptedNamesCache(importer);
      expect(cache.names()).toEqual([]);
      addOrganisation(app, first, 'Tisse’Lien');
      expect(cache.names().map((name) => name.text)).toEqual(['Tisse’Lien']);
    } finally {
      app.close();
      importer.close();
    }
  });
});
