import { describe, expect, it } from 'vitest';
import { acronymAliases, entityKey, extractDocument, sameEntity } from '../../../extractors/index.js';

describe('entityKey', () => {
  it('groups one person written three ways', () => {
    const key = entityKey('person', 'Nordine Boukhateb');
    expect(entityKey('person', 'BOUKHATEB Nordine')).toBe(key);
    expect(entityKey('person', 'Monsieur Nordine BOUKHATEB')).toBe(key);
  });
  it('folds accents, case, articles and legal forms for organisations', () => {
    expect(entityKey('organisation', "l'association Les Anges Gardins")).toBe(entityKey('organisation', 'Anges Gardins'));
    expect(entityKey('organisation', 'Région Hauts-de-France')).toBe(entityKey('organisation', 'REGION HAUTS DE FRANCE'));
  });
});

describe('sameEntity', () => {
  it('resolves OCR variants', () => {
    expect(sameEntity('organisation', 'PTCE Émergence Hémin-Carvin', 'PTCE Émergence Hénin-Carvin')).toBe(true);
    expect(sameEntity('organisation', 'Compagnons Béatisseurs', 'Compagnons Bâtisseurs')).toBe(true);
    expect(sameEntity('person', 'Félix Delsert', 'Felix DELSERT')).toBe(true);
    expect(sameEntity('organisation', 'CRESS HDF', 'CRESS Hauts-de-France')).toBe(true);
  });
  it('matches initials to the full first name', () => {
    expect(sameEntity('person', 'G. Dechy', 'Gérard Dechy')).toBe(true);
    expect(sameEntity('person', 'JY Sybille', 'Jean-Yves Sybille')).toBe(true);
    expect(sameEntity('person', 'M.E. Lenne', 'Marie-Eve Lenne')).toBe(true);
    expect(sameEntity('person', 'G. Dechy', 'Sylvie Dechy')).toBe(false);
    expect(sameEntity('person', 'Gérard Dechy', 'Gaston Dechy')).toBe(false);
  });
  it('keeps different entities apart', () => {
    expect(sameEntity('organisation', 'CRESS', 'CRES')).toBe(false);
    expect(sameEntity('person', 'Jean Martin', 'Jeanne Martin')).toBe(false);
    expect(sameEntity('organisation', 'Emergence Beauvaisis', 'Emergence Noyonnais')).toBe(false);
  });
});

describe('extractDocument', () => {
  const pages = [
    { page: 1, source: 'text' as const, text: 'La lettre du pôle\nVendredi 11 février 2022\nRéunion le 8 juin.' },
    { page: 2, source: 'text' as const, text: 'En 2021, 26 réunions.' },
  ];
  it('infers the document date from a full date on the first page and resolves against it', () => {
    const result = extractDocument(pages);
    expect(result.documentDate).toEqual({ value: '2022-02-11', inferred: true });
    expect(result.mentions.find((m) => m.text === '8 juin')?.value).toBe('2022-06-08');
  });
  it('uses a given document date as read', () => {
    const result = extractDocument(pages, { documentDate: '2023' });
    expect(result.documentDate).toEqual({ value: '2023', inferred: false });
  });
  it('is deterministic and sorted by page then span', () => {
    const a = JSON.stringify(extractDocument(pages));
    expect(JSON.stringify(extractDocument(pages))).toBe(a);
    const mentions = extractDocument(pages).mentions;
    const sorted = [...mentions].sort((x, y) => x.page - y.page || x.span.start - y.span.start || x.span.end - y.span.end);
    expect(mentions).toEqual(sorted);
    for (const m of mentions) expect(m.text).toBe(pages[m.page - 1]?.text.slice(m.span.start, m.span.end));
  });
});

describe('acronymAliases', () => {
  it('maps acronyms defined next to an organisation to its name', () => {
    const pages = [{ page: 1, source: 'text' as const, text: "Le Pôle Métropolitain du Vexin (PMV) a remis le label. Le PMV soutient. PRAME : Pôle Rural des Acteurs Mutualisés de l'Estuaire" }];
    const { mentions } = extractDocument(pages, { documentDate: '2022' });
    const aliases = acronymAliases(pages, mentions);
    expect(aliases.get('PMV')).toBe('Pôle Métropolitain du Vexin');
    expect(aliases.get('PRAME')).toBe("Pôle Rural des Acteurs Mutualisés de l'Estuaire");
  });
});
