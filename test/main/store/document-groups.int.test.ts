/**
 * One document per work: the exported PDF and the scan of each dev document group (text layer
 * first), different documents never do. Prints the similarity of every pair, which is how
 * SAME_DOCUMENT_THRESHOLD was chosen.
 */
import { describe, expect, it } from 'vitest';
import { similarity } from '../../../main/corpus/minhash.js';
import { documentSignatures, listDocumentGroups, refreshDocumentGroups, SAME_DOCUMENT_THRESHOLD } from '../../../main/store/document-groups.js';
import { listDocuments } from '../../../main/store/documents.js';
import { openTestDb } from '../../helpers/db.js';
import { storeDevDocument, storeExtractedDocument } from '../../helpers/dev-corpus.js';

const FILES = ['000.pdf', '000-scan.pdf', '002.pdf', '002-scan.pdf', '003.pdf', '003-scan.pdf'];

describe('document groups', () => {
  const db = openTestDb();
  for (const file of FILES) storeDevDocument(db, file);
  const names = new Map(listDocuments(db).map((document) => [document.id, document.fileName]));

  it('each exported PDF groups with its scan, with a wide margin either side of the threshold', () => {
    const signatures = documentSignatures(db);
    let lowestSame = 1;
    let highestDifferent = 0;
    for (const [a, sa] of signatures) {
      for (const [b, sb] of signatures) {
        if (a >= b) continue;
        const score = similarity(sa, sb);
        const same = names.get(a)?.slice(0, 3) === names.get(b)?.slice(0, 3);
        console.log(`similarity ${names.get(a)} ~ ${names.get(b)}: ${score.toFixed(3)}`);
        if (same) lowestSame = Math.min(lowestSame, score);
        else highestDifferent = Math.max(highestDifferent, score);
      }
    }
    expect(lowestSame).toBeGreaterThanOrEqual(SAME_DOCUMENT_THRESHOLD + 0.2);
    expect(highestDifferent).toBeLessThanOrEqual(SAME_DOCUMENT_THRESHOLD - 0.2);
    const groups = refreshDocumentGroups(db);
    expect(groups.map((group) => group.members.map((member) => names.get(member.documentId))).sort()).toEqual([
      ['000.pdf', '000-scan.pdf'],
      ['002.pdf', '002-scan.pdf'],
      ['003.pdf', '003-scan.pdf'],
    ]);
    for (const group of groups) expect(names.get(group.primaryId)).toMatch(/^\d{3}\.pdf$/u);
  });

  it('keeps group ids across refreshes, and a new unrelated document stays alone', () => {
    const before = listDocumentGroups(db).map((group) => group.groupId);
    storeExtractedDocument(db, 'autre.pdf', [{ page: 1, source: 'text', text: 'Une lettre sans rapport avec les autres documents du corpus, sur un tout autre sujet.' }]);
    const after = refreshDocumentGroups(db);
    expect(after.map((group) => group.groupId)).toEqual(before);
    expect(after.flatMap((group) => group.members).length).toBe(6);
  });
});
