/**
 * Figure → indicator: by the counted noun (the mention's unit), then by the figure's sentence for
 * the indicators that need it. Pure; no store access.
 */
import { INDICATORS, type IndicatorDefinition } from './indicators-vocabulary.js';

/** Lower-cases and unifies apostrophes so `conseil d’administration` meets `conseil d'administration`. */
export function normaliseUnit(unit: string): string {
  const trimmed = unit.trim().replace(/’/gu, "'").replace(/\s+/gu, ' ');
  // Acronym units stay as written (`ETP`); everything else compares in lower case.
  return /^\p{Lu}{2,6}$/u.test(trimmed) ? trimmed : trimmed.toLowerCase();
}

/** How long the matching noun is, or -1 when the unit does not name the indicator. */
function nounMatch(indicator: IndicatorDefinition, unit: string): number {
  let best = -1;
  for (const raw of indicator.nouns) {
    const noun = normaliseUnit(raw);
    if (unit === noun || unit.startsWith(`${noun} `) || unit.toLowerCase() === noun.toLowerCase()) best = Math.max(best, noun.length);
  }
  return best;
}

/**
 * The indicator a figure speaks of, or undefined when none fits. `sentence` is the figure's
 * sentence (and heading), used by indicators that are told apart by context (events held vs
 * attended, jobs vs jobs created, budget vs funding).
 */
export function mapFigure(unit: string | null, sentence: string): IndicatorDefinition | undefined {
  if (unit === null || unit.trim() === '') return undefined;
  const normalised = normaliseUnit(unit);
  let best: { indicator: IndicatorDefinition; length: number; contextual: boolean } | undefined;
  for (const indicator of INDICATORS) {
    const length = nounMatch(indicator, normalised);
    if (length < 0) continue;
    if (indicator.context !== undefined && !indicator.context.test(sentence)) continue;
    if (indicator.notContext?.test(sentence) === true) continue;
    const contextual = indicator.context !== undefined;
    const better = best === undefined || length > best.length || (length === best.length && contextual && !best.contextual);
    if (better) best = { indicator, length, contextual };
  }
  return best?.indicator;
}
