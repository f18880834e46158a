/**
 * An organisation proposal written inline in an invented line: `[`…`]` marks its span. The guards'
 * tests read each line so (`Le salon est co-organisé avec une [CCI] du littoral.`).
 */
import type { Candidate } from '../../extractors/core/types.js';

/** The proposal of `rule` over `[`…`]` in `line`, and the page text without the brackets. */
export function bracketedProposal(line: string, rule = 'fr.organisation.named', confidence = 0.7): { text: string; candidate: Candidate } {
  const start = line.indexOf('[');
  const end = line.indexOf(']') - 1;
  const text = line.replace('[', '').replace(']', '');
  return { text, candidate: { type: 'organisation', start, end, value: text.slice(start, end), confidence, rule, inferred: [] } };
}
