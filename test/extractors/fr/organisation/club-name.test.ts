/**
 * organisation/club-name.ts: where a club's name starts (`fr.organisation.named`): the activity a club writes before
 * `club` (lexicon/sports-clubs.ts CLUB_ACTIVITIES, evidence `club-activity`) or the capitalised words before it in
 * English word order (`english-order`), the earlier of the two. Names and places are invented.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../extractors/index.js';
import { clubNameStarts } from '../../../../extractors/fr/organisation/club-name.js';

const named = (text: string): string[] =>
  extractDocument([{ page: 1, source: 'text', text }]).mentions.filter((mention) => mention.type === 'organisation' && mention.rule === 'fr.organisation.named').map((mention) => mention.value);

/** The evidence of every reading of the start of the name of the first `club` (any case) in `text`. */
const readings = (text: string): string[] => clubNameStarts(text, text.search(/club/iu)).map((reading) => reading.evidence);

/** Per reading: sentences whose club name it opens (≥ 3 positive cases), then sentences it leaves (≥ 2 negative cases). */
const READINGS: [string, [string, string][], [string, string][]][] = [
  [
    'club-activity',
    [
      ["L'Aviron Club Lorvois a tenu son assemblée générale.", 'Aviron Club Lorvois'],
      ["Ce vendredi avait lieu l'assemblée générale du tennis club Kalvo dans le local.", 'tennis club Kalvo'],
      ["Le Rotary club Saint-Kervadec est le club qui baigne dans l'ambiance.", 'Rotary club Saint-Kervadec'],
    ],
    [
      // No activity before `club`: the name starts at the head or after it.
      ['Le club Kalvo a gagné samedi.', 'Kalvo'],
      // A word before `club` that is no activity stays out.
      ['Le nouveau club Kalvo a gagné samedi.', 'Kalvo'],
    ],
  ],
  [
    'english-order',
    [
      ['Le Vortal Club de Kervadec recrute des bénévoles.', 'Vortal Club de Kervadec'],
      ["Une sortie de l'Ombrelune Club de Kervadec est prévue en mai.", 'Ombrelune Club de Kervadec'],
      // The activity and the capitalised word before it: both readings, the earlier start.
      ['Les membres du Brivel Kayak Club de Lorv pagayent.', 'Brivel Kayak Club de Lorv'],
    ],
    [
      // An article before `Club` stops the run: no word of the name.
      ['Le Club Kalvo a gagné samedi.', 'Club Kalvo'],
      // An image label run into the line before `Club` is no word of it.
      ['Pour le Logo Club Kalvo a gagné samedi.', 'Club Kalvo'],
    ],
  ],
];

describe.each(READINGS)('a club name opens where the %s reading says', (evidence, positive, negative) => {
  it.each(positive)('reads %j as %j (≥ 3 positive cases)', (text, name) => {
    expect(named(text)).toContain(name);
    expect(readings(text)).toContain(evidence);
  });
  it.each(negative)('reads %j as %j (≥ 2 negative cases)', (text, name) => {
    expect(named(text)).toContain(name);
    expect(readings(text)).not.toContain(evidence);
  });
});
