/**
 * Migration 006: a mention keeps the evidence that made an evidence-scored rule keep it, so the
 * review app can say why it was proposed.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../extractors/index.js';
import { dispatch } from '../../../../main/api/dispatch.js';
import { createService } from '../../../../main/api/service.js';
import { listMentions } from '../../../../main/store/mentions.js';
import { openTestDb } from '../../../helpers/db.js';
import { storeTextDocument } from '../../../helpers/documents.js';

describe('006 mention evidence', () => {
  it('stores the evidence names of a candidate organisation and none for other rules', async () => {
    const db = openTestDb();
    const documentId = storeTextDocument(db, 'a.pdf', ['Le réseau compte trois adhérents : Forge Aubrac, Tisse’Lien et Les Paniers du Causse. Réunion le 3 mars 2025.'], []);
    const service = createService(db, { defaultActor: 'analyst', extract: extractDocument });
    expect((await dispatch(service, 'reextract', {})).ok).toBe(true);
    const mentions = listMentions(db, { documentId });
    const candidate = mentions.find((mention) => mention.rule === 'fr.organisation.candidate');
    expect(candidate?.evidence.length).toBeGreaterThan(0);
    const date = mentions.find((mention) => mention.type === 'date');
    expect(date?.evidence).toEqual([]);
  });

});
