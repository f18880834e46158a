/** Invented sentences with their names in brackets, as the tagger tests write them. */

/** `Nous remercions [Bellanto].` → the text without brackets and where each bracketed name stands in it. */
export function marked(sentence: string): { text: string; names: { start: number; end: number }[] } {
  let text = '';
  const names: { start: number; end: number }[] = [];
  let start = -1;
  for (const char of sentence) {
    if (char === '[') start = text.length;
    else if (char === ']') names.push({ start, end: text.length });
    else text += char;
  }
  return { text, names };
}
