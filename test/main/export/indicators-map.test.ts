import { describe, expect, it } from 'vitest';
import { mapFigure } from '../../../main/export/indicators-map.js';
import { INDICATORS } from '../../../main/export/indicators-vocabulary.js';

const idOf = (unit: string | null, sentence = ''): string | undefined => mapFigure(unit, sentence)?.id;

describe('figure → indicator', () => {
  it('maps by counted noun, the longest noun first', () => {
    expect(idOf('réunion')).toBe('meetings');
    expect(idOf('réunion de travail')).toBe('work_meetings');
    expect(idOf("conseil d’administration")).toBe('board_meetings');
    expect(idOf('groupe de travail')).toBe('working_groups');
    expect(idOf('bénévole')).toBe('volunteers');
    expect(idOf('adhérent')).toBe('members');
  });
  it('tells indicators apart by context', () => {
    expect(idOf('rencontre', '47 rencontres sur la région.')).toBe('events');
    expect(idOf('rencontre', '4 rencontres auxquelles les membres ont participé')).toBe('events_attended');
    expect(idOf('ETP', '12 ETP salariés')).toBe('jobs');
    expect(idOf('ETP', '3 ETP créés en 2023')).toBe('jobs_created');
    expect(idOf('€', 'un budget de 120 000 €')).toBe('budget');
    expect(idOf('€', 'une subvention de 30 000 € de la Région')).toBe('funding');
    expect(idOf('structure', '45 structures membres')).toBe('member_structures');
    expect(idOf('membre', 'Bienvenue à nos 3 nouveaux membres')).toBe('new_members');
    expect(idOf('salarié', 'Nos 37 structures membres représentent 412 salariés')).toBe('member_employees');
    expect(idOf('salarié', 'La SCIC compte 9 salariés')).toBe('employees');
  });
  it('leaves unmapped what is no activity indicator', () => {
    expect(idOf('an', 'les 20 ans de l’association')).toBeUndefined();
    expect(idOf('candidature')).toBeUndefined();
    expect(idOf('€', '120 000 €')).toBeUndefined();
    expect(idOf(null)).toBeUndefined();
  });
  it('every indicator has a French label, a unit and nouns, and a unique id', () => {
    expect(new Set(INDICATORS.map((indicator) => indicator.id)).size).toBe(INDICATORS.length);
    for (const indicator of INDICATORS) expect(indicator.label.length * indicator.unit.length * indicator.nouns.length).toBeGreaterThan(0);
  });
});
