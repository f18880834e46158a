/**
 * Moving through a document's mentions (in page and span order, crossing pages). Pure.
 */
import type { MentionRecord } from '../../main/api/contract.js';

export function indexOfId(mentions: readonly MentionRecord[], id: number | null): number {
  return id === null ? -1 : mentions.findIndex((mention) => mention.id === id);
}

/** The next (step 1) or previous (step -1) mention, staying put at either end. */
export function stepFrom(mentions: readonly MentionRecord[], id: number | null, step: 1 | -1): MentionRecord | undefined {
  if (mentions.length === 0) return undefined;
  const index = indexOfId(mentions, id);
  if (index < 0) return mentions[0];
  return mentions[Math.max(0, Math.min(mentions.length - 1, index + step))];
}

/** The first mention after `id` that satisfies `wanted`, wrapping round to the start. */
export function nextWhere(mentions: readonly MentionRecord[], id: number | null, wanted: (mention: MentionRecord) => boolean): MentionRecord | undefined {
  const index = indexOfId(mentions, id);
  for (let offset = 1; offset <= mentions.length; offset += 1) {
    const mention = mentions[(index + offset + mentions.length) % mentions.length];
    if (mention !== undefined && mention.id !== id && wanted(mention)) return mention;
  }
  return undefined;
}

/** Keeps `mentions` in page and span order after one changed or was added. */
export function inOrder(mentions: readonly MentionRecord[]): MentionRecord[] {
  return [...mentions].sort((a, b) => a.page - b.page || a.start - b.start || a.end - b.end || a.id - b.id);
}
