/**
 * Runs parsers then ordered refiners over one page's normalised text. When a parser rejects a
 * match, the search resumes one character later, so a rejected long match cannot hide a good
 * shorter one that starts inside it.
 */
import type { Candidate, Parser, ParsingContext, Refiner } from './types.js';
import { startsHere, wordScan } from './word-scan.js';
import type { WordScan } from './word-scan.js';

const compiled = new WeakMap<Parser, WordScan>();

/**
 * The parser's pattern, compiled once by `wordScan` (word-scan.ts): its word-boundary
 * look-behinds made cheaper, a capital look-ahead first when it must start on a capital. Same
 * matches either way.
 */
function patternOf(parser: Parser, context: ParsingContext): WordScan {
  let pattern = compiled.get(parser);
  if (pattern === undefined) {
    pattern = wordScan(parser.pattern(context));
    compiled.set(parser, pattern);
  }
  return pattern;
}

/**
 * Work counters of one `runParsers` call: the regex matches parsers examined and the characters
 * those matches spanned. A pattern that matches whole lines and is rejected, then retried one
 * character later, shows here as `matchedChars` growing with the square of the page length.
 */
export interface ParserWork {
  matches: number;
  matchedChars: number;
}

/**
 * Every candidate every parser finds, in parser order. Pass `work` to count the regex work done.
 * A parser listed in `done` is not run again: its candidates from an earlier run over the same
 * context text are taken (the document date is inferred from some parsers' results before the
 * page is extracted).
 */
export function runParsers(
  parsers: readonly Parser[],
  context: ParsingContext,
  work?: ParserWork,
  done?: ReadonlyMap<Parser, readonly Candidate[]>,
): Candidate[] {
  const candidates: Candidate[] = [];
  for (const parser of parsers) {
    const earlier = done?.get(parser);
    if (earlier !== undefined) candidates.push(...earlier);
    else runParser(parser, context, candidates, work);
  }
  return candidates;
}

/** Appends to `into` every candidate `parser` finds in the context text. */
function runParser(parser: Parser, context: ParsingContext, into: Candidate[], work?: ParserWork): void {
  if (parser.requires !== undefined && !parser.requires.test(context.text)) return;
  const scan = patternOf(parser, context);
  const pattern = scan.scan;
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(context.text)) !== null) {
    if (!startsHere(scan, context.text, match.index)) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    if (work !== undefined) {
      work.matches += 1;
      work.matchedChars += match[0].length;
    }
    const result = parser.extract(context, match);
    if (result === null || (Array.isArray(result) && result.length === 0)) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    if (Array.isArray(result)) into.push(...(result as readonly Candidate[]));
    else into.push(result as Candidate);
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
}

/** Applies `refiners` in order. */
export function runRefiners(refiners: readonly Refiner[], context: ParsingContext, candidates: Candidate[]): Candidate[] {
  let current = candidates;
  for (const refiner of refiners) current = refiner.refine(context, current);
  return current;
}
