import { describe, expect, it } from 'vitest';
import { apiErrorNotice, failureNotice } from '../../../renderer/app/notice.js';
import type { DocumentWarningCode } from '../../../main/api/contract.js';
import { importErrorText, t, WARNING_LABELS, warningText } from '../../../renderer/i18n/fr.js';

describe('French messages for what main reports', () => {
  it('gives an API error its French sentence alone: the English detail is offered apart, never run into it', () => {
    expect(t.errors.api({ code: 'CORPUS_BUSY', message: 'corpus.sqlite: database is locked' })).toBe('Le corpus est verrouillé par un autre programme : réessayez quand il aura fini.');
    expect(apiErrorNotice({ code: 'CORPUS_BUSY', message: 'corpus.sqlite: database is locked' })).toEqual({
      kind: 'error',
      text: 'Le corpus est verrouillé par un autre programme : réessayez quand il aura fini.',
      detail: 'corpus.sqlite: database is locked',
    });
    expect(t.errors.api({ code: 'UNDO_UNAVAILABLE', message: 'x' })).toMatch(/^Impossible d’annuler/u);
  });

  it('names the page of a document warning, in French', () => {
    expect(warningText({ page: 3, code: 'PAGE_TURNED', message: 'page 3 was read sideways' })).toBe('p. 3 : page scannée de travers, lue à l’endroit');
    expect(warningText({ page: null, code: 'OCR_LOW_CONFIDENCE', message: 'low' })).toBe('OCR très peu sûr : texte et mentions à vérifier');
    expect(warningText({ page: 2, code: 'PAGE_CONTENT_DAMAGED', message: 'page 2: part of its content could not be read' })).toMatch(/^p\. 2 : contenu de la page en partie illisible .* texte peut être incomplet$/u);
  });

  it('says why a document stopped for memory is read again alone, with another beside it or not', () => {
    expect(t.importer.fileReadAgain('rapport.pdf', true)).toBe('rapport.pdf : arrêté faute de mémoire pendant qu’un autre document était lu en même temps ; il sera relu seul une fois les autres terminés');
    expect(t.importer.fileReadAgain('rapport.pdf', false)).toMatch(/^rapport\.pdf : arrêté faute de mémoire alors que la mémoire gardée par les documents précédents comptait contre lui ; il sera relu seul/u);
  });

  it('names every page of a warning that stands for several, the first ten and how many in all', () => {
    expect(warningText({ page: 2, pages: [2, 5, 7], code: 'PAGE_CONTENT_DAMAGED', message: 'pages 2, 5, 7: part of their content could not be read' })).toBe(
      'p. 2, 5, 7 : contenu de ces pages en partie illisible : ce qui a pu être lu est importé, leur texte peut être incomplet',
    );
    const many = Array.from({ length: 40 }, (_, index) => index + 1);
    expect(warningText({ page: 1, pages: many, code: 'PAGE_CONTENT_DAMAGED', message: 'pages' })).toMatch(/^p\. 1, 2, 3, 4, 5, 6, 7, 8, 9, 10… \(40 en tout\) : contenu de ces pages/u);
    expect(warningText({ page: 1, pages: many, code: 'PAGE_TURNED', message: 'pages' })).toBe('p. 1, 2, 3, 4, 5, 6, 7, 8, 9, 10… (40 en tout) : pages scannées de travers, lues à l’endroit');
  });

  it('says every per-page warning in the plural when it stands for several pages, never « la page »', () => {
    const several = (code: DocumentWarningCode): string => warningText({ page: 2, pages: [2, 5], code, message: 'pages 2, 5' });
    expect(several('OCR_LOW_CONFIDENCE')).toBe('p. 2, 5 : OCR très peu sûr sur ces pages : texte et mentions à vérifier');
    expect(several('OCR_NO_TEXT')).toBe('p. 2, 5 : pages scannées dont l’OCR n’a lu aucun texte');
    expect(several('TEXT_LAYER_MISMATCH')).toBe('p. 2, 5 : texte invisible de ces pages différent de ce qu’elles montrent : texte lu par OCR');
    expect(several('TEXT_OFF_PAGE')).toBe('p. 2, 5 : texte placé hors du cadre de ces pages : non lu, comme un lecteur PDF ne le montre pas');
    expect(several('TEXT_LAYER_BACKWARDS')).toBe('p. 2, 5 : texte de ces pages écrit de droite à gauche, lettres à l’envers : pages lues par OCR');
    for (const code of Object.keys(WARNING_LABELS) as DocumentWarningCode[]) {
      expect(several(code)).not.toMatch(/\b(?:la|de|une) page\b|\bpage (?:scannée|lue)/u);
      // One page reads as it did: the singular label.
      expect(warningText({ page: 2, code, message: 'page 2' })).toBe(`p. 2 : ${WARNING_LABELS[code]}`);
    }
  });

  it('says how many files of a folder were left out as not PDFs (round 8: a folder of them said nothing)', () => {
    expect(t.importer.finished(0, 0, 0, false, 100_000)).toMatch(/^Import terminé : 0 importé, 0 déjà présent, 0 en échec\. 100\s000 autres fichiers du dossier laissés de côté : ce ne sont pas des PDF/u);
    expect(t.importer.finished(2, 0, 0, false, 1)).toMatch(/2 importés, .* 1 autre fichier du dossier laissé de côté/u);
    expect(t.importer.finished(2, 0, 0, false)).toBe('Import terminé : 2 importés, 0 déjà présent, 0 en échec.');
    expect(t.importer.noPdf(3)).toMatch(/^Aucun fichier PDF parmi les fichiers déposés\. 3 autres fichiers du dossier laissés de côté/u);
  });

  it('says a failed file in French by its name and code, without the core’s English detail', () => {
    expect(t.importer.fileFailed('notes.pdf', 'NOT_PDF')).toBe('notes.pdf : Ce fichier n’est pas un PDF.');
    expect(t.importer.fileFailed('x.pdf', 'SOMETHING_NEW')).toBe('x.pdf : L’import a échoué.');
  });

  it('names the page of a page that was too complex or too slow, when the core’s detail names it', () => {
    expect(t.importer.fileFailed('scan.pdf', 'PAGE_TOO_COMPLEX', 'page 3 (preparing its image for OCR) needed more memory than the import may use (budget 750 MB); the document was skipped')).toBe(
      'scan.pdf : La page 3 est trop complexe pour être lue (elle demande plus de mémoire que l’import n’en accorde) : le document n’a pas été importé.',
    );
    expect(importErrorText('PAGE_TIMEOUT', 'page 12 (OCR) took longer than 60 s')).toMatch(/^La page 12 a pris trop de temps/u);
    // A file-wide screen names no page: the code's sentence, as before.
    expect(importErrorText('PAGE_TOO_COMPLEX', 'a 815 KB stream inflates to more than 256 MB of page content, more than a page may hold')).toBe('Une page est trop complexe pour être lue.');
    // Only the detail's beginning counts: a page named further on (in a quoted reason) is not the failed page.
    expect(importErrorText('PAGE_TOO_COMPLEX', 'reading it: "page 4 (x)"')).toBe('Une page est trop complexe pour être lue.');
  });

  it('names each warning on an imported file’s line, never a bare « importé »', () => {
    const turned = { page: 2, code: 'PAGE_TURNED', message: 'page 2: scanned turned by 90°, read upright' } as const;
    const empty = { page: 3, code: 'OCR_NO_TEXT', message: 'page 3: shows an image but OCR found no text in it' } as const;
    expect(t.importer.fileWarned('scan.pdf', 3, 12, [turned, empty])).toBe(
      'scan.pdf importé avec 2 avertissements (3 pages, 12 mentions) : p. 2 : page scannée de travers, lue à l’endroit ; p. 3 : page scannée dont l’OCR n’a lu aucun texte',
    );
    expect(t.importer.fileWarned('photo.pdf', 1, 0, [empty])).toMatch(/^photo\.pdf importé avec 1 avertissement \(1 page, 0 mention\) : p\. 3/u);
    const turnedAll = { page: 1, pages: [1, 2, 3], code: 'PAGE_TURNED', message: 'pages 1, 2, 3: scanned turned by 90°, read upright' } as const;
    expect(t.importer.fileWarned('scan.pdf', 3, 12, [turnedAll])).toBe('scan.pdf importé avec 1 avertissement (3 pages, 12 mentions) : p. 1, 2, 3 : pages scannées de travers, lues à l’endroit');
    expect(t.importer.finished(3, 0, 0, false, 0, 2)).toBe('Import terminé : 3 importés, 0 déjà présent, 0 en échec. 2 importés avec avertissements : voir la liste ci-dessous.');
  });

  it('says why an import stopped and how many files it did not read (a read-only corpus said « 0 importé »)', () => {
    expect(t.importer.stopped(t.errors.api({ code: 'CORPUS_READ_ONLY', message: 'x' }), 1, 0)).toBe(
      'Import arrêté : Le corpus est en lecture seule : il peut être consulté et exporté, mais les décisions ne peuvent pas être enregistrées. 1 fichier non importé.',
    );
    expect(t.importer.stopped('Le corpus est verrouillé.', 3, 2)).toBe('Import arrêté : Le corpus est verrouillé. 3 fichiers non importés (2 importés avant l’arrêt, gardés).');
  });

  it('counts pages and mentions with the plural on an imported file’s line', () => {
    expect(t.importer.fileImported('a.pdf', 1, 1)).toBe('a.pdf importé : 1 page, 1 mention');
    expect(t.importer.fileImported('a.pdf', 5, 140)).toBe('a.pdf importé : 5 pages, 140 mentions');
  });

  it('counts warnings with the plural', () => {
    expect(t.library.warnings(1)).toBe('⚠ 1 avertissement');
    expect(t.library.warnings(2)).toBe('⚠ 2 avertissements');
  });
});

describe('an error thrown by a call, as the app shows it', () => {
  it('is its API code’s French sentence when it has one, else « unexpected », the English message as detail', () => {
    const thrown = Object.assign(new Error('document 999 not found'), { code: 'NOT_FOUND' });
    expect(failureNotice(thrown)).toEqual({ kind: 'error', text: 'Élément introuvable : il a peut-être été supprimé.', detail: 'document 999 not found' });
    expect(failureNotice(new TypeError('x is undefined'))).toEqual({ kind: 'error', text: 'Une erreur inattendue est survenue.', detail: 'x is undefined' });
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
