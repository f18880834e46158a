/**
 * Document metadata inferred from the text: the title (the largest text on page 1 when OCR word
 * boxes give sizes; otherwise the first heading of page 1, since the stored text layer keeps no
 * font sizes), the genre (lettre, rapport, présentation) and, through the indicator reader, the
 * PTCE the document speaks for. Pure.
 */
import { pageHeadings, pageLines } from '../export/indicators-layout.js';

/** An OCR word with its box (PDF points, y0 top). */
export interface Box {
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface FirstPage {
  readonly text: string;
  readonly words: readonly Box[];
  readonly width: number;
  readonly height: number;
}

/** A line a reader could take for a title: words, not a logo's letters or an OCR smear. */
export function isTitleLike(text: string): boolean {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  const tokens = text.split(/\s+/u).filter((token) => token !== '');
  const wordTokens = tokens.filter((token) => /^[\p{L}'’-]{2,}[.,:!?]?$/u.test(token));
  return letters >= 8 && wordTokens.length >= 2 && wordTokens.length >= tokens.length * 0.6 && letters >= text.replace(/\s/gu, '').length * 0.7;
}

interface OcrLine {
  readonly text: string;
  readonly height: number;
  readonly top: number;
}

/** OCR words gathered into lines (boxes whose vertical centres are within half a word height). */
function ocrLines(words: readonly Box[]): OcrLine[] {
  const lines: { words: Box[]; centre: number; height: number }[] = [];
  for (const word of [...words].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0)) {
    const height = word.y1 - word.y0;
    const centre = (word.y0 + word.y1) / 2;
    const line = lines.find((candidate) => Math.abs(candidate.centre - centre) <= Math.max(candidate.height, height) / 2);
    if (line === undefined) lines.push({ words: [word], centre, height });
    else line.words.push(word);
  }
  return lines.map((line) => {
    const heights = line.words.map((word) => word.y1 - word.y0).sort((a, b) => a - b);
    const ordered = [...line.words].sort((a, b) => a.x0 - b.x0);
    return { text: ordered.map((word) => word.text).join(' '), height: heights[Math.floor(heights.length / 2)] ?? 0, top: Math.min(...line.words.map((word) => word.y0)) };
  });
}

/** The title of a document from its first page, or null when nothing reads as one. */
export function inferTitle(page: FirstPage): string | null {
  if (page.words.length > 0) {
    const lines = ocrLines(page.words).filter((line) => isTitleLike(line.text));
    const tallest = Math.max(0, ...lines.map((line) => line.height));
    // A title set on two lines: consecutive lines of (nearly) the largest size.
    const title = lines.filter((line) => line.height >= tallest * 0.85).sort((a, b) => a.top - b.top);
    const first = title[0];
    if (first !== undefined) {
      const joined = [first];
      for (const line of title.slice(1)) if (line.top - (joined.at(-1)?.top ?? 0) <= tallest * 2.2) joined.push(line);
      return joined.map((line) => line.text).join(' ').slice(0, 200);
    }
  }
  const headings = pageHeadings(page.text);
  const index = headings.findIndex((candidate) => isTitleLike(candidate.text));
  const heading = headings[index];
  if (heading !== undefined) {
    // A name set on its own line under the title (`Pôle territorial…` / `Auton'Hommes`) completes it.
    const next = pageLines(page.text)[heading.lastLine + 1]?.text.trim() ?? '';
    const completes = next !== '' && /^\p{Lu}/u.test(next) && next.split(/\s+/u).length <= 2 && !/[.!?:,;]$/u.test(next) && next !== next.toUpperCase();
    return (completes ? `${heading.text} ${next}` : heading.text).slice(0, 200);
  }
  const line = page.text.split('\n').map((text) => text.trim()).find((text) => isTitleLike(text));
  return line?.slice(0, 200) ?? null;
}

export type Genre = 'lettre' | 'rapport' | 'présentation';

/** The genre from the title and the top of page 1, or the page shape (slides are landscape). */
export function inferGenre(page: FirstPage, title: string | null): Genre | null {
  const top = `${title ?? ''}\n${page.text.slice(0, 400)}`;
  if (/\b(?:lettre|newsletter|bulletin|gazette)\b|\bn°\s*\d/iu.test(top)) return 'lettre';
  if (/\brapport\b|\bbilan d['’]activit/iu.test(top)) return 'rapport';
  if (/\b(?:webinaire|présentation|diaporama|séminaire|atelier)\b/iu.test(top) || page.width > page.height * 1.1) return 'présentation';
  return null;
}
