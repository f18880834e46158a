import { describe, expect, it } from 'vitest';
import { shownText } from '../../../main/ingest/annotation-text.js';

describe('shownText', () => {
  it('reads a text field by the lines of its appearance, else by its value', () => {
    expect(shownText({ subtype: 'Widget', fieldType: 'Tx', fieldValue: 'valeur', textContent: ['ligne une', 'ligne deux'], annotationFlags: 0 })).toBe('ligne une\nligne deux');
    expect(shownText({ subtype: 'Widget', fieldType: 'Tx', fieldValue: 'Le pole Vernadelle', annotationFlags: 0 })).toBe('Le pole Vernadelle');
  });

  it('reads a choice field’s chosen values and a free-text note', () => {
    expect(shownText({ subtype: 'Widget', fieldType: 'Ch', fieldValue: ['Brumeval', 'Sorbiane'] })).toBe('Brumeval\nSorbiane');
    expect(shownText({ subtype: 'FreeText', textContent: ['Note du bureau'] })).toBe('Note du bureau');
  });

  it('reads nothing from a field or note not shown, nor from links, buttons or stamps', () => {
    expect(shownText({ subtype: 'Widget', fieldType: 'Tx', fieldValue: 'cache', annotationFlags: 2 })).toBe('');
    expect(shownText({ subtype: 'FreeText', textContent: ['sans vue'], annotationFlags: 32 })).toBe('');
    expect(shownText({ subtype: 'Widget', fieldType: 'Tx', fieldValue: 'masque', hidden: true })).toBe('');
    expect(shownText({ subtype: 'Widget', fieldType: 'Btn', fieldValue: 'Oui' })).toBe('');
    expect(shownText({ subtype: 'Link', textContent: ['lien'] })).toBe('');
    expect(shownText({ subtype: 'Stamp', textContent: ['Approuve'] })).toBe('');
  });
});
