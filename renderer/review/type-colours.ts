/**
 * The colour of each mention type, in one place: the page highlights, the list's edge and type
 * chip, and the legend all read it. A `Record` over the contract's type list, so a new type is a
 * compile error here until it has a colour. Each colour is used as text on white and on the
 * selected row's background, so each keeps a contrast of at least 4.5:1 there (WCAG AA; checked by
 * test/renderer/review/type-colours.test.ts); contacts share one colour, being read alike.
 */
import type { CSSProperties } from 'react';
import type { MentionType } from '../../main/api/contract.js';

export const TYPE_COLOURS: Readonly<Record<MentionType, string>> = {
  person: '#c2410c',
  organisation: '#1d4ed8',
  date: '#7e22ce',
  figure: '#047857',
  email: '#a16207',
  phone: '#a16207',
  url: '#a16207',
  role: '#be185d',
};

/** Backgrounds the colours are drawn on as text: a list row, the selected row. */
export const TYPE_COLOUR_BACKGROUNDS = ['#ffffff', '#fff6df'] as const;

/** The CSS variable the stylesheet draws a mention's borders and chip with. */
export function typeStyle(type: MentionType): CSSProperties {
  return { '--c': TYPE_COLOURS[type] } as CSSProperties;
}

/** The types grouped by colour, in the order of the contract's list: one legend entry each. */
export function legendEntries(types: readonly MentionType[]): { readonly colour: string; readonly types: readonly MentionType[] }[] {
  const entries: { colour: string; types: MentionType[] }[] = [];
  for (const type of types) {
    const colour = TYPE_COLOURS[type];
    const entry = entries.find((each) => each.colour === colour);
    if (entry === undefined) entries.push({ colour, types: [type] });
    else entry.types.push(type);
  }
  return entries;
}
