import { describe, expect, it } from 'vitest';
import { MENTION_TYPES } from '../../../extractors/core/types.js';
import { legendEntries, TYPE_COLOUR_BACKGROUNDS, TYPE_COLOURS } from '../../../renderer/review/type-colours.js';

/** WCAG 2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const [r = 0, g = 0, b = 0] = channels;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('mention type colours', () => {
  it('gives every type of the extractors a colour (also a compile-time Record)', () => {
    for (const type of MENTION_TYPES) expect(TYPE_COLOURS[type]).toMatch(/^#[0-9a-f]{6}$/u);
  });

  it('keeps a text contrast of at least 4.5:1 on every background the colour is written on', () => {
    const failures = Object.entries(TYPE_COLOURS).flatMap(([type, colour]) =>
      TYPE_COLOUR_BACKGROUNDS.filter((background) => contrast(colour, background) < 4.5).map((background) => `${type} ${colour} on ${background}: ${contrast(colour, background).toFixed(2)}`),
    );
    expect(failures).toEqual([]);
  });

  it('measures contrast as WCAG does (black on white 21:1; #767676 is the lightest grey that passes on white)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('tells types apart by colour, except the contacts, which share one legend entry', () => {
    const entries = legendEntries(MENTION_TYPES);
    expect(entries.map((entry) => entry.types)).toEqual([['person'], ['organisation'], ['date'], ['figure'], ['email', 'phone', 'url'], ['role']]);
    expect(new Set(entries.map((entry) => entry.colour)).size).toBe(entries.length);
  });
});
