/**
 * What a figure is a part of, when a sentence or a table breaks a total down: `Produits : 187 500 €
 * dont État 60 000 €, Région 45 000 €, cotisations 6 200 €` gives each part its own row (detail
 * `État`, `Région`, `cotisations`), and a table row `dont structures de l'ESS | 29` its own. A money
 * figure whose part names an organisation is that funder's funding. A staff list's `(0,8 ETP)`
 * after a person is that person's. Pure.
 */

export interface Named {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

/** The words just before `start`, back to a comma, semicolon, colon, `dont` or line start outside brackets. */
export function clauseBefore(text: string, from: number, start: number): { start: number; text: string } {
  let depth = 0;
  let index = start;
  while (index > from) {
    const char = text[index - 1] ?? '';
    if (char === ')') depth += 1;
    else if (char === '(') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (/[,;:\n]/u.test(char) || /(?:^|\s)dont\s$/iu.test(text.slice(Math.max(from, index - 6), index)))) break;
    index -= 1;
  }
  const raw = text.slice(index, start);
  const lead = raw.length - raw.replace(/^\s*(?:dont\s+|et\s+|(?:la|le|les|l['’])\s*)*/iu, '').length;
  return { start: index + lead, text: raw.slice(lead).replace(/\s+/gu, ' ').trim() };
}

export interface Breakdown {
  /** The part's name, or empty when the figure is no part of a larger one. */
  readonly detail: string;
  /** True when the part names an organisation (a funder, for money). */
  readonly organisation: boolean;
}

const NONE: Breakdown = { detail: '', organisation: false };

/**
 * The part a figure at `[start, end)` stands for. `sentence` bounds the search; `organisations`
 * and `people` are the page's mentions.
 */
export function breakdownOf(pageText: string, sentence: { start: number; end: number }, start: number, isMoney: boolean, organisations: readonly Named[], people: readonly Named[]): Breakdown {
  const lineStart = pageText.lastIndexOf('\n', start - 1) + 1;
  const line = pageText.slice(lineStart, start);
  const row = /^\s*dont\s+([^|\t]+?)\s*(?:\||\t)/iu.exec(line);
  if (row !== null) return { detail: (row[1] ?? '').trim(), organisation: false };
  const person = people.find((candidate) => candidate.start >= lineStart && candidate.end <= start);
  if (person !== undefined && /\(\s*$/u.test(line)) return { detail: person.name, organisation: false };
  const before = pageText.slice(sentence.start, start);
  const inBreakdown = /(?:^|\s)dont\s/iu.test(before);
  if (!inBreakdown && !isMoney) return NONE;
  const clause = clauseBefore(pageText, sentence.start, start);
  const organisation = organisations.find((candidate) => candidate.start >= clause.start && candidate.end <= start);
  if (organisation !== undefined) return { detail: organisation.name, organisation: true };
  if (!inBreakdown) return NONE;
  const words = clause.text.replace(/[\d\s.,€%]+$/u, '').trim();
  return /\p{L}{3}/u.test(words) && words.length <= 40 ? { detail: words, organisation: false } : NONE;
}
