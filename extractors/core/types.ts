/**
 * The extractor contract. Everything in `extractors/` is pure: text and context in, mentions out.
 * No Node built-ins, no Electron, no SQLite (enforced by the lint rules in eslint.config.js).
 */
import type { CueWords } from './cue-words.js';

/**
 * Kinds of mention the extractors produce, the one list every other type list derives from. The
 * CSV `type` column uses these names verbatim. A `role` links a person to a role (its value,
 * `président·e`) and, when named, an organisation (its unit).
 */
export const MENTION_TYPES = ['person', 'organisation', 'date', 'figure', 'email', 'phone', 'url', 'role'] as const;

export type MentionType = (typeof MENTION_TYPES)[number];

/** Where a page's text came from: the PDF's own text layer, or OCR of the rendered page. */
export type TextSource = 'text' | 'ocr';

/**
 * A half-open range of UTF-16 code-unit offsets: `start` inclusive, `end` exclusive.
 * Unless stated otherwise, a span indexes the page text exactly as it was given to `extract`
 * (the stored page text), never the internally normalised text: the normaliser keeps an offset
 * map so that every mention can be highlighted where the reader sees it.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span with the name of the rule or family that found it (`source`), as the organisation proposers return them. */
export interface SourcedSpan<Source extends string> extends Span {
  readonly source: Source;
}

/** Calendar components of a date value. */
export type DateComponent = 'year' | 'month' | 'day';

/**
 * Date components as read by a parser (and later completed by refiners). `month` is 1-12,
 * `weekday` 0 (Sunday) to 6. `relative` says the text placed the date before (`dernier`) or
 * after (`prochain`) the document date.
 */
export interface DateParts {
  year?: number | undefined;
  month?: number | undefined;
  day?: number | undefined;
  weekday?: number | undefined;
  relative?: 'past' | 'future' | undefined;
}

/** What the extractors know about the document as a whole. */
export interface DocumentContext {
  /**
   * The document's reference date as ISO 8601 at whatever precision is known (`2022-12`,
   * `2025-05-13`, `2014`). Relative dates and dates without a year resolve against it.
   * Never `Date.now()`: extraction is a pure function of its input.
   */
  readonly documentDate?: string | undefined;
  /**
   * True when `documentDate` is only guessed from the years the body mentions (no masthead, stamp or
   * caller's date): a relative period (`l'an dernier`) then has no date to count from.
   */
  readonly documentDateGuessed?: boolean | undefined;
  /**
   * True when `documentDate` is a deadline or a near target the text names ahead (`jusqu'au 30
   * septembre 2026`, `d'ici juillet 2026`), with no year the document stands in: the document is
   * written before it, so a day without a year that would fall after it is of the year before.
   */
  readonly documentDateAhead?: boolean | undefined;
  /**
   * The document's file name (its folder may come with it). When the text gives no date, or only
   * guesses one from the years it mentions, a date a person wrote in the name (`CR-2024-03-12.pdf`,
   * `lettre-mars-2024.pdf`; never a device's stamp, fr/file-name-date.ts) is the document's date.
   */
  readonly fileName?: string | undefined;
  /**
   * Names a person already accepted in this corpus (pure input: the caller reads them). Each
   * other occurrence of one is proposed as a pending mention of its type (`fr.known-name`).
   */
  readonly knownNames?: readonly KnownName[] | undefined;
}

/** A person's or organisation's name known from the corpus: a surface form and its value. */
export interface KnownName {
  readonly type: 'person' | 'organisation';
  /** The text to look for, as written (`Karim BENALI`, `Les Jardins de Florange`). */
  readonly text: string;
  /** The value the mention gets (the accepted canonical name). */
  readonly value: string;
}

/** Per-page input to the extractors. */
export interface PageInput {
  /** 1-based page number. */
  readonly page: number;
  readonly text: string;
  readonly source: TextSource;
}

/** One thing found in the text, with its provenance. */
export interface Mention {
  readonly type: MentionType;
  /** 1-based page number. */
  readonly page: number;
  readonly source: TextSource;
  /** Offsets into the page text given to the extractor. */
  readonly span: Span;
  /** The surface form: exactly `pageText.slice(span.start, span.end)`. */
  readonly text: string;
  /**
   * The normalised value: ISO 8601 for dates (`2025-05-13`, `2022-06`, `2014`, `--06-08`), the
   * number as a string for figures (`19.7`), the canonical name for people and organisations,
   * a lower-case address for e-mails, `+33…`-free national digits for phones, the URL for urls.
   */
  readonly value: string;
  /** For figures: the counted thing, singular (`réunion`, `ETP`, `%`). */
  readonly unit?: string | undefined;
  /** 0..1, the rule's own estimate that the mention is right. */
  readonly confidence: number;
  /** Id of the rule that produced it, mirroring its path: `fr.date.absolute`. */
  readonly rule: string;
  /**
   * Components that were not read in the text but filled in from context, e.g. `['year']` for
   * `8 juin` in a 2022 newsletter. Empty when everything was read.
   */
  readonly inferred: readonly DateComponent[];
  /** The sentence (or line) the mention came from, whitespace collapsed, for review and export. */
  readonly context: string;
  /**
   * Names of the evidence that fired for an evidence-scored rule (`fr.organisation.candidate`:
   * `list-cue`, `list-with-organisation`, …), for the review app's "why". Absent for other rules.
   */
  readonly evidence?: readonly string[];
}

/** The result of running the extractors over a whole document. */
export interface DocumentExtraction {
  /**
   * The document date used as reference, and whether it was the caller's (`inferred: false`) or read
   * by the extractors: from the text, or from the file's name (`fromFileName`).
   */
  readonly documentDate: { readonly value: string; readonly inferred: boolean; readonly fromFileName?: true } | null;
  /** Every mention, sorted by page, then span start, then span end, then type. */
  readonly mentions: readonly Mention[];
}

/** Text and context handed to every parser of one page. */
export interface ParsingContext {
  /** The normalised text parsers match against. */
  readonly text: string;
  readonly page: number;
  readonly source: TextSource;
  readonly document: DocumentContext;
}

/**
 * A mention before refinement: offsets into the normalised text, value parts that may still be
 * resolved by refiners.
 */
export interface Candidate {
  readonly type: MentionType;
  /** Offsets into `ParsingContext.text` (normalised). */
  start: number;
  end: number;
  value: string;
  unit?: string | undefined;
  confidence: number;
  rule: string;
  inferred: DateComponent[];
  /** For dates: the components read in the text; refiners fill in the rest. */
  date?: DateParts | undefined;
  /** Names of the evidence that made a rule keep this candidate (shown as "why" in review). */
  evidence?: readonly string[] | undefined;
  /** Free-form data a parser leaves for its refiners. */
  readonly data?: Readonly<Record<string, unknown>>;
}

/**
 * Where a parser's matches can be, so `runParsers` tries its pattern only there (core/pipeline.ts):
 * on the lines around each hit of `trigger` (default: the parser's `requires`). Two promises
 * make this give exactly the whole-page scan's matches, in the same order:
 * - every match of the pattern holds a hit of the trigger (the trigger matches at a position
 *   inside the match: the region word of `Name Normandie`, the colon and digit of `Label : 12`);
 * - no attempt of the pattern, look-arounds included, reads across more than `lines` line breaks
 *   (count every `\n`, `\s` and negated class that may take a line break; 0 for a pattern
 *   within one line).
 */
export interface ParserAnchor {
  readonly lines: number;
  readonly trigger?: RegExp;
}

/** One pattern family. `extract` returns null to reject a match. */
export interface Parser {
  readonly id: string;
  pattern(context: ParsingContext): RegExp;
  /**
   * A cheap test of the whole page (not global): when the page does not match it, the pattern is
   * not run at all. For patterns that need a rare character or word (`|`, `@`, `& Fils`).
   */
  readonly requires?: RegExp;
  /**
   * Opt-in: the pattern is tried only near the hits of a trigger (`ParserAnchor`) instead of over
   * the whole page, with the same candidates. For rare patterns that need a word or sign the page
   * test finds fast.
   */
  readonly anchor?: ParserAnchor;
  /**
   * Opt-in: the pattern is tried only at the page's word starts that begin with one of these cue
   * words (core/cue-words.ts), found for every parser in one pass, instead of at every position.
   * Exact when every match starts at such a word: the pattern opens on a `(?<![\p{L}])` look-behind
   * (or a stricter one), then on one of the words. Ignored when `anchor` is given.
   */
  readonly cues?: CueWords;
  /**
   * Opt-in: every position of `text` where a match of the pattern may start, in order (more are harmless, one
   * missing loses its match): the pattern is tried there only, instead of at every position, with the same
   * matches. For a pattern whose starts a lookup finds for less than the scan costs. Ignored when `anchor` or
   * `cues` is given.
   */
  readonly starts?: (text: string) => readonly number[];
  extract(context: ParsingContext, match: RegExpExecArray): Candidate | readonly Candidate[] | null;
}

/** An ordered list → list pass: filter, merge or resolve candidates. */
export interface Refiner {
  readonly id: string;
  refine(context: ParsingContext, candidates: readonly Candidate[]): Candidate[];
}
