import { describe, expect, it } from 'vitest';
import { t, warningText } from '../../../renderer/i18n/fr.js';

describe('French messages for what main reports', () => {
  it('gives an API error its French sentence, the technical detail after it', () => {
    expect(t.errors.api({ code: 'CORPUS_BUSY', message: 'corpus.sqlite: database is locked' })).toBe(
      'Le corpus est verrouillé par un autre programme : réessayez quand il aura fini. (corpus.sqlite: database is locked)',
    );
    expect(t.errors.api({ code: 'UNDO_UNAVAILABLE', message: 'x' })).toMatch(/^Impossible d’annuler/u);
  });

  it('names the page of a document warning, in French', () => {
    expect(warningText({ page: 3, code: 'PAGE_TURNED', message: 'page 3 was read sideways' })).toBe('p. 3 : page scannée de travers, lue à l’endroit');
    expect(warningText({ page: null, code: 'OCR_LOW_CONFIDENCE', message: 'low' })).toBe('OCR très peu sûr : texte et mentions à vérifier');
  });

  it('counts warnings with the plural', () => {
    expect(t.library.warnings(1)).toBe('⚠ 1 avertissement');
    expect(t.library.warnings(2)).toBe('⚠ 2 avertissements');
  });
});
