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

/** Units that make the number before them an instruction to click or vote. */
const QUIZ_UNITS = new Set(['cliquez', 'votez', 'répondez', 'clic']);

/** What the checks read about one figure; its line is found only when a check needs it. */
interface NoiseContext {
  readonly figure: FigureSpan;
  /** The figure's text, trimmed. */
  readonly text: string;
  /** Its unit, trimmed and lower-cased ('' when none). */
  readonly unit: string;
  readonly pageText: string;
  readonly pageCount: number;
  readonly names: readonly NamedSpan[];
  readonly sentence: string;
  readonly section: string;
  /** The figure's non-blank line, whether it is among the page's first or last two, or null. */
  readonly line: () => { readonly text: string; readonly start: number; readonly atEdge: boolean } | null;
}

/** One named reason and its test, in the order they are tried: the first that holds wins. */
const NOISE_CHECKS: readonly { readonly reason: NoiseReason; readonly test: (context: NoiseContext) => boolean }[] = [
  { reason: 'in-name', test: ({ figure, names }) => names.some((name) => name.page === figure.page && name.start <= figure.start && figure.end <= name.end) },
  { reason: 'phone', test: ({ text }) => PHONE.test(text) || /^\d{2}(?:[\s.]\d{2}){4}/u.test(text) },
  // "cliquez 3", "votez 2": an answer to give; "page 12", "rue 5", "n° 4": a reference, not a figure.
  { reason: 'quiz', test: ({ unit }) => QUIZ_UNITS.has(unit) },
  { reason: 'code', test: ({ unit }) => VERB_UNITS.has(unit) },
  { reason: 'page-number', test: ({ text }) => /^\(?\d{1,3}\s*\/\s*\d{1,3}\)?$/u.test(text) },
  // A postcode: five digits before a capitalised town name.
  { reason: 'code', test: ({ text, figure, pageText }) => /^\d{5}$/u.test(text) && /^\s+\p{Lu}/u.test(pageText.slice(figure.end, figure.end + 3)) },
  { reason: 'code', test: ({ text }) => /^\(\d{2,3}\)$/u.test(text) },
  // A small number alone on one of the first or last lines of the page: its page number.
  {
    reason: 'page-number',
    test: ({ text, line, pageCount }) => {
      const found = line();
      return found !== null && found.atEdge && found.text.trim() === text && /^\d{1,3}$/u.test(text) && Number(text) <= Math.max(pageCount, 1) + 2;
    },
  },
  // "1. " or "2) " at the start of a line.
  {
    reason: 'list-marker',
    test: ({ text, line, figure, pageText }) => {
      const found = line();
      return found !== null && /^\s*$/u.test(pageText.slice(found.start, figure.start)) && /^\s*[.)]\s/u.test(pageText.slice(figure.end, figure.end + 3)) && /^\d{1,2}$/u.test(text);
    },
  },
  { reason: 'quiz', test: ({ section }) => QUIZ_CONTEXT.test(section) },
  { reason: 'quiz', test: ({ sentence, unit, text }) => QUIZ_CONTEXT.test(sentence) && (unit === '%' || unit === '' || /^\d{1,3}$/u.test(text)) },
];

function lineOf(pageText: string, at: number): ReturnType<NoiseContext['line']> {
  const lines = pageLines(pageText).filter((line) => line.text.trim() !== '');
  const index = lines.findIndex((line) => line.start <= at && at <= line.end);
  const line = lines[index];
  return line === undefined ? null : { text: line.text, start: line.start, atEdge: index < 2 || index >= lines.length - 2 };
}

/**
 * Why a figure is noise, or null when it may be a figure. `sentence` is the figure's sentence;
 * `section` the headings above it (a slide titled "Quiz" makes every number on it an answer).
 */
export function noiseReason(figure: FigureSpan, pageText: string, pageCount: number, names: readonly NamedSpan[], sentence: string, section = ''): NoiseReason | null {
  let line: ReturnType<NoiseContext['line']> | undefined;
  const context: NoiseContext = {
    figure,
    text: figure.text.trim(),
    unit: (figure.unit ?? '').trim().toLowerCase(),
    pageText,
    pageCount,
    names,
    sentence,
    section,
    line: () => (line ??= lineOf(pageText, figure.start)),
  };
  return NOISE_CHECKS.find((check) => check.test(context))?.reason ?? null;
}
