/**
 * Issue 15, one sense per corpus: a name a person accepted once is passed to the extractors as a
 * known name by re-extraction, so its occurrences in other documents are proposed (pending).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../extractors/index.js';
import { dispatch } from '../../../main/api/dispatch.js';
import { createService } from '../../../main/api/service.js';
import { listMentions } from '../../../main/store/mentions.js';
import { acceptedNames } from '../../../main/store/reextract.js';
import { openTestDb } from '../../helpers/db.js';
import { storeTextDocument } from '../../helpers/documents.js';

describe('known names from the corpus', () => {
  it('re-extraction proposes a name accepted in one document wherever another document has it', async () => {
    const db = openTestDb();
    // A name no rule reads alone in the second document (with an apostrophe, `Tisse’Lien`, coined-name.ts would).
    const first = storeTextDocument(db, 'a.pdf', ['Nos membres : Ferronnerie Vauban, TisseLien et Atelier Cordage.'], []);
    const second = storeTextDocument(db, 'b.pdf', ['Merci à TisseLien pour son accueil.'], []);
    const service = createService(db, { defaultActor: 'analyst', extract: extractDocument });
    expect((await dispatch(service, 'reextract', {})).ok).toBe(true);
    const found = listMentions(db, { documentId: first }).find((mention) => mention.text === 'TisseLien');
    expect(found?.type).toBe('organisation');
    expect(listMentions(db, { documentId: second }).filter((mention) => mention.type === 'organisation')).toEqual([]);

    await dispatch(service, 'acceptMention', { mentionId: found?.id });
    expect(acceptedNames(db)).toContainEqual({ type: 'organisation', text: 'TisseLien', value: found?.value });
    expect((await dispatch(service, 'reextract', {})).ok).toBe(true);
    const proposed = listMentions(db, { documentId: second }).filter((mention) => mention.type === 'organisation');
    expect(proposed.map((mention) => [mention.text, mention.status, mention.rule])).toEqual([['TisseLien', 'pending', 'fr.known-name']]);
  });
});
