import { describe, expect, it } from 'vitest';
import { entityKey } from '../../../extractors/index.js';
import { listEntities, resolveEntity } from '../../../main/store/entities.js';
import { openTestDb } from '../../helpers/db.js';

describe('entity resolution across the corpus', () => {
  it('groups a person written three ways, and an OCR variant of an organisation, into one entity each', () => {
    const db = openTestDb();
    const resolve = (type: 'person' | 'organisation', value: string) => resolveEntity(db, entityKey, type, value, value);
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

  it('gives no entity to dates, figures and contacts', () => {
    const db = openTestDb();
    expect(resolveEntity(db, entityKey, 'date', '2025-05-13', '13 mai 2025')).toBeNull();
    expect(resolveEntity(db, entityKey, 'figure', '26', '26 réunions')).toBeNull();
  });
});
