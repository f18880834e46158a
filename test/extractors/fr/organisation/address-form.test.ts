/**
 * `isAddressForm` (extractors/fr/organisation/address-form.ts): a form of address opening a
 * speech names no organisation. Invented values.
 */
import { describe, expect, it } from 'vitest';
import { isAddressForm } from '../../../../extractors/fr/organisation/address-form.js';

describe('isAddressForm', () => {
  it.each(['Mesdames', 'Mesdames et Messieurs', 'MESSIEURS', 'Madame, Monsieur'])('a form of address: %s', (value) => {
    expect(isAddressForm(value)).toBe(true);
  });
  it.each(['Mesdames Solidaires', 'Maison des Messieurs', 'Monsieur Vélo et Cie'])('a name holding one: %s', (value) => {
    expect(isAddressForm(value)).toBe(false);
  });
});
