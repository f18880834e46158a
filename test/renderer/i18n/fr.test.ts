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

  it('says how many files of a folder were left out as not PDFs (round 8: a folder of them said nothing)', () => {
    expect(t.importer.finished(0, 0, 0, false, 100_000)).toMatch(/^Import terminé : 0 importé, 0 déjà présent, 0 en échec\. 100\s000 autres fichiers du dossier laissés de côté : ce ne sont pas des PDF/u);
    expect(t.importer.finished(2, 0, 0, false, 1)).toMatch(/2 importés, .* 1 autre fichier du dossier laissé de côté/u);
    expect(t.importer.finished(2, 0, 0, false)).toBe('Import terminé : 2 importés, 0 déjà présent, 0 en échec.');
    expect(t.importer.noPdf(3)).toMatch(/^Aucun fichier PDF parmi les fichiers déposés\. 3 autres fichiers du dossier laissés de côté/u);
  });

  it('counts warnings with the plural', () => {
    expect(t.library.warnings(1)).toBe('⚠ 1 avertissement');
    expect(t.library.warnings(2)).toBe('⚠ 2 avertissements');
  });
});

describe('why a mention was proposed, in French', () => {
  it('describes a rule in plain French, a sub-rule by its own entry or its family', async () => {
    const { ruleText } = await import('../../../renderer/i18n/fr.js');
    expect(ruleText('fr.figure.count')).toBe('un nombre suivi de ce qu’il compte (26 réunions, 12,5 ETP)');
    expect(ruleText('user')).toBe('ajoutée à la main pendant la revue');
    // A rule added later is described by its family, its id beside.
    expect(ruleText('fr.organisation.some-new-rule')).toBe('une organisation (fr.organisation.some-new-rule)');
    expect(ruleText('xx.unknown')).toBe('règle xx.unknown');
  });

  it('describes every rule the extractors declare today, at least by its family', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { ruleText } = await import('../../../renderer/i18n/fr.js');
    const root = join(import.meta.dirname, '..', '..', '..', 'extractors', 'fr');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    const ids = new Set(files.flatMap((file) => [...readFileSync(join(root, file), 'utf8').matchAll(/\bid: '(fr\.[a-z0-9.-]+)'/gu)].map((match) => match[1] ?? '')));
    expect(ids.size).toBeGreaterThan(30);
    expect([...ids].filter((id) => ruleText(id).startsWith('règle '))).toEqual([]);
  });

  it('gives each evidence name a short French phrase, and an unknown one its words, never blank', async () => {
    const { evidenceText } = await import('../../../renderer/i18n/fr.js');
    expect(evidenceText('list-cue')).toBe('la liste est annoncée comme une liste de structures (adhérents, partenaires…)');
    expect(evidenceText('person-like')).toBe('contre : ressemble à un nom de personne');
    expect(evidenceText('heading-position')).toBe('indice « heading position »');
    expect(evidenceText('')).toBe('indice « ? »');
  });

  it('has its own phrase for each evidence name stored at the time of writing (later ones fall back)', async () => {
    const { evidenceText } = await import('../../../renderer/i18n/fr.js');
    const names = ['list-with-organisation', 'list-cue', 'long-list', 'place-dash-line', 'quoted-name', 'after-cue-word', 'distinctive-word', 'title-case', 'coined-word', 'capitalised-article', 'known-name', 'same-document', 'person-like', 'place', 'common-word', 'calendar-word'];
    expect(names.filter((name) => evidenceText(name).startsWith('indice «'))).toEqual([]);
  });
});
