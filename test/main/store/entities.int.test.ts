import { describe, expect, it } from 'vitest';
import { listEntities, resolveEntity } from '../../../main/store/entities.js';
import { openTestDb } from '../../helpers/db.js';

describe('entity resolution across the corpus', () => {
  it('groups a person written three ways, and an OCR variant of an organisation, into one entity each', () => {
    const db = openTestDb();
    const resolve = (type: 'person' | 'organisation', value: string) => resolveEntity(db, type, value, value);
    const person = resolve('person', 'Nordine Boukhateb');
    expect(resolve('person', 'BOUKHATEB Nordine')).toBe(person);
    expect(resolve('person', 'Monsieur Nordine BOUKHATEB')).toBe(person);
    const organisation = resolve('organisation', 'PTCE Émergence Hénin-Carvin');
    expect(resolve('organisation', 'PTCE Emergence Hémin-Carvin')).toBe(organisation);
    expect(resolve('person', 'Jeanne Martin')).not.toBe(resolve('person', 'Jean Martin'));
    expect(resolve('organisation', 'CRESS')).not.toBe(resolve('organisation', 'CRES'));
    const entities = listEntities(db, 'organisation');
    expect(entities.find((entity) => entity.id === organisation)?.aliases).toEqual(['PTCE Emergence Hémin-Carvin', 'PTCE Émergence Hénin-Carvin']);
  });

  it('joins an acronym to the expansion a document gives it, here and in later documents', () => {
    const db = openTestDb();
    const bare = resolveEntity(db, 'organisation', 'PMA', 'PMA');
    const expanded = resolveEntity(db, 'organisation', 'PMA', 'PMA', "Pôle Métropolitain de l'Artois");
    expect(resolveEntity(db, 'organisation', "Pôle Métropolitain de l'Artois", "Pôle Métropolitain de l'Artois")).toBe(expanded);
    expect(resolveEntity(db, 'organisation', 'PMA', 'PMA')).toBe(expanded);
    const entities = listEntities(db, 'organisation');
    expect(entities.map((entity) => entity.canonical)).toEqual(["Pôle Métropolitain de l'Artois"]);
    expect(entities[0]?.aliases).toEqual(['PMA', "Pôle Métropolitain de l'Artois"]);
    expect(bare).not.toBe(expanded);
  });

  it('gives no entity to dates, figures and contacts', () => {
    const db = openTestDb();
    expect(resolveEntity(db, 'date', '2025-05-13', '13 mai 2025')).toBeNull();
    expect(resolveEntity(db, 'figure', '26', '26 réunions')).toBeNull();
  });
});
