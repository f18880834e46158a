import { describe, expect, it } from 'vitest';
import { MAX_STEM_BYTES, PortableNames, portableStem } from '../../../main/export/portable-name.js';

/** Issue 13, round 4: export file names must open as files on every OS (Windows devices, forbidden characters, trailing dots). */
describe('portableStem', () => {
  it('never names a Windows device, whatever follows the first dot or the case', () => {
    for (const device of ['CON', 'nul', 'Com1', 'LPT9', 'aux', 'PRN', 'com¹', 'CONIN$', 'con.rapport', 'NUL ', 'nul .x']) {
      expect(portableStem(device)).toMatch(/^_/u);
    }
    for (const plain of ['CONTRAT', 'console', 'com10', 'lpt', 'nulle part', 'auxiliaire']) expect(portableStem(plain)).toBe(plain);
  });

  it('replaces every character Windows forbids, controls and reordering marks', () => {
    expect(portableStem('a<b>c:d"e/f\\g|h?i*j')).toBe('a_b_c_d_e_f_g_h_i_j');
    expect(portableStem('tab\there\u0007\u009b')).toBe('tab_here__');
    expect(portableStem('rapport\u202efdp.exe')).toBe('rapport_fdp.exe');
    expect(portableStem('zero\u200bwidth\ufeff')).toBe('zero_width_');
  });

  it('drops trailing dots and spaces, and never answers an empty name', () => {
    expect(portableStem('bilan. . ')).toBe('bilan');
    expect(portableStem('  compte rendu  ')).toBe('compte rendu');
    for (const empty of ['', '.', '..', ' ', '...']) expect(portableStem(empty)).toBe('document');
  });

  it('keeps letters of any script and emoji, cut to a byte budget on whole characters', () => {
    expect(portableStem('📄 bilan été')).toBe('📄 bilan été');
    const long = portableStem('é'.repeat(300));
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(MAX_STEM_BYTES);
    expect(long).toBe('é'.repeat(MAX_STEM_BYTES / 2));
  });
});

describe('PortableNames', () => {
  it('keeps names unique across case, Unicode normalisation and what cleaning merges', () => {
    const names = new PortableNames();
    const given = ['Lettre', 'lettre', 'bil\u00e9', 'bile\u0301', 'a:b', 'a?b', 'CON', '_CON', 'x.', 'x'];
    expect(given.map((stem) => names.next(stem))).toEqual(['Lettre', 'lettre-2', 'bilé', 'bilé-2', 'a_b', 'a_b-2', '_CON', '_CON-2', 'x', 'x-2']);
  });
});
