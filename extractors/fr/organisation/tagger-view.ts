/**
 * The tagger's view of the organisation proposals of a page, as evidence for the decision
 * (decision-tagger-features.ts): the tagger (tagger.ts) labels the page's tokens once, then each
 * proposal reads what share of its tokens the tagger puts in a name, whether the tagger reads
 * exactly its span as one name, and how far, on average, the tagger prefers "in a name" to O on
 * its tokens. The tagger reads the text alone, so its view is independent of the rules'.
 *
 * Pure. Cost: one Viterbi pass over the page (tagPage) and a few table reads a proposal token.
 */
import { partitionPoint } from '../../core/partition-point.js';
import type { Candidate } from '../../core/types.js';
import { marginOf, spansOf, tagPage, weightTable } from './tagger.js';
import type { TaggerModel } from './tagger.js';
import { pageFeatures } from './tagger-features.js';
import type { Label, PageFeatures } from './tagger-features.js';
import type { TaggerView } from './decision-tagger-features.js';

/** The index of the first token ending after `at` (tokens sorted by start). */
function firstTokenAfter(page: PageFeatures, at: number): number {
  return partitionPoint(page.tokens.length, (index) => (page.tokens[index]?.end ?? 0) <= at);
}

/**
 * The tagger's view of each of `proposals` on the page `text`; `given` are the pipeline's
 * candidates before the decision (they choose the tokens the tagger reads, as in tagger.ts).
 */
export function taggerViews(model: Pick<TaggerModel, 'bits' | 'weights'>, text: string, given: readonly Candidate[], proposals: readonly Pick<Candidate, 'start' | 'end'>[]): TaggerView[] {
  if (proposals.length === 0) return [];
  const table = weightTable(model as TaggerModel);
  const page = pageFeatures(text, given);
  const labels = tagPage(table, page);
  const spans = new Set(spansOf(labels, page.tokens).map((span) => `${page.tokens[span.first]?.start}:${page.tokens[span.last]?.end}`));
  return proposals.map((proposal) => {
    let count = 0;
    let named = 0;
    let margin = 0;
    let previous: Label = 0;
    const first = firstTokenAfter(page, proposal.start);
    for (let i = first; i < page.tokens.length && (page.tokens[i]?.start ?? Infinity) < proposal.end; i += 1) {
      count += 1;
      if (labels[i] !== 0) named += 1;
      // "In a name" is B on the first token, I after it; the token before the span keeps the tagger's label.
      const label: Label = i === first ? 1 : 2;
      const before: Label = i === first ? (labels[i - 1] ?? 0) : previous;
      if (page.active[i] === 1) margin += marginOf(table, page, i, before, label);
      previous = label;
    }
    const tokens = page.tokens;
    const last = first + count - 1;
    const same = count > 0 && spans.has(`${tokens[first]?.start}:${tokens[last]?.end}`);
    return { share: count === 0 ? 0 : named / count, same, margin: count === 0 ? 0 : margin / count };
  });
}
