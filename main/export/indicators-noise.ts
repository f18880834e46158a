/**
 * Numbers that are no figure at all and must not reach the indicator table, not even as
 * "unmapped": a number inside a name, a phone number, a page or slide number, a numbered list
 * marker, a quiz or poll answer, a postcode or a code. Pure.
 */
import { pageLines } from './indicators-layout.js';

export type NoiseReason = 'in-name' | 'phone' | 'page-number' | 'list-marker' | 'quiz' | 'code';

export interface FigureSpan {
  readonly page: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly unit: string | null;
}

export interface NamedSpan {
  readonly page: number;
  readonly start: number;
  readonly end: number;
}

const PHONE = /^(?:\+33\s?|0)\d(?:[\s.-]?\d{2}){4}$/u;
const QUIZ_CONTEXT = /\b(?:quiz+|quizz|testez vos connaissances|qcm|sondage en direct|question\s*\d|bonne réponse|réponses?\s*[a-d]\b|votez|vote\s*:|cliquez|wooclap|klaxoon|mentimeter|kahoot)/iu;
const VERB_UNITS = new Set(['cliquez', 'clic', 'clique', 'votez', 'répondez', 'tapez', 'page', 'slide', 'diapositive', 'diapo', 'n°', 'no', 'numéro', 'étape', 'article', 'alinéa', 'rue', 'avenue', 'boulevard', 'bd', 'bis', 'cedex', 'bp', 'cs']);

/**
 * Why a figure is noise, or null when it may be a figure. `sentence` is the figure's sentence;
 * `section` the headings above it (a slide titled "Quiz" makes every number on it an answer).
 */
export function noiseReason(figure: FigureSpan, pageText: string, pageCount: number, names: readonly NamedSpan[], sentence: string, section = ''): NoiseReason | null {
  const text = figure.text.trim();
  if (names.some((name) => name.page === figure.page && name.start <= figure.start && figure.end <= name.end)) return 'in-name';
  if (PHONE.test(text) || /^\d{2}(?:[\s.]\d{2}){4}/u.test(text)) return 'phone';
  const unit = (figure.unit ?? '').trim().toLowerCase();
  if (VERB_UNITS.has(unit)) return unit === 'cliquez' || unit === 'votez' || unit === 'répondez' || unit === 'clic' ? 'quiz' : 'code';
  if (/^\(?\d{1,3}\s*\/\s*\d{1,3}\)?$/u.test(text)) return 'page-number';
  if (/^\d{5}$/u.test(text) && /^\s+\p{Lu}/u.test(pageText.slice(figure.end, figure.end + 3))) return 'code';
  if (/^\(\d{2,3}\)$/u.test(text)) return 'code';
  const lines = pageLines(pageText).filter((line) => line.text.trim() !== '');
  const lineIndex = lines.findIndex((line) => line.start <= figure.start && figure.start <= line.end);
  const line = lines[lineIndex];
  if (line !== undefined) {
    const alone = line.text.trim() === text;
    const atEdge = lineIndex < 2 || lineIndex >= lines.length - 2;
    if (alone && atEdge && /^\d{1,3}$/u.test(text) && Number(text) <= Math.max(pageCount, 1) + 2) return 'page-number';
    const before = pageText.slice(line.start, figure.start);
    if (/^\s*$/u.test(before) && /^\s*[.)]\s/u.test(pageText.slice(figure.end, figure.end + 3)) && /^\d{1,2}$/u.test(text)) return 'list-marker';
  }
  if (QUIZ_CONTEXT.test(section)) return 'quiz';
  if (QUIZ_CONTEXT.test(sentence) && (unit === '%' || unit === '' || /^\d{1,3}$/u.test(text))) return 'quiz';
  return null;
}
