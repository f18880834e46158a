/**
 * organisation-named.ts `startOf`: the activity a club writes before `club` (lexicon/sports-clubs.ts CLUB_ACTIVITIES) is
 * the first word of its name (`l'Aviron Club Lorvois`, `le tennis club Kalvo`). Names and places are invented.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../extractors/index.js';

const named = (text: string): string[] =>
  extractDocument([{ page: 1, source: 'text', text }]).mentions.filter((mention) => mention.type === 'organisation' && mention.rule === 'fr.organisation.named').map((mention) => mention.value);

describe('a club name opens on its activity', () => {
  it.each([
    ["L'Aviron Club Lorvois a tenu son assemblée générale.", 'Aviron Club Lorvois'],
    ["Ce vendredi avait lieu l'assemblée générale du tennis club Kalvo dans le local.", 'tennis club Kalvo'],
    ["Le Rotary club Saint-Kervadec est le club qui baigne dans l'ambiance.", 'Rotary club Saint-Kervadec'],
  ])('reads %j as %j (≥ 3 positive cases)', (text, name) => {
    expect(named(text)).toContain(name);
  });

  it.each([
    // No activity before `club`: the name starts at the head or after it, as before.
    ['Le club Kalvo a gagné samedi.', 'Kalvo'],
    // A word before `club` that is no activity stays out.
    ['Le nouveau club Kalvo a gagné samedi.', 'Kalvo'],
  ])('reads %j as %j (≥ 2 negative cases)', (text, name) => {
    expect(named(text)).toContain(name);
  });
});
