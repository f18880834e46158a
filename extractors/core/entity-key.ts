import type { MentionType } from './types.js';

/**
 * The key under which mentions of one person or organisation are grouped across the corpus:
 * accents, case and punctuation folded; a person's name tokens sorted, so that
 * `BOUKHATEB Nordine` and `Nordine Boukhateb` share a key.
 */
export function entityKey(type: MentionType, value: string): string {
  const folded = value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (type === 'person') return folded.split(' ').sort().join(' ');
  return folded;
}
