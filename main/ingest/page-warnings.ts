/**
 * A document's page warnings, one per kind. Each page that raises a warning says so on its own
 * (OCR, the text-layer check, the page box, pdf.js's dropped content); once every page is read,
 * the warnings of one kind become a single warning naming all their pages, so that a 40-page
 * scan fed sideways gives one PAGE_TURNED line, not 40. Each kind writes its own message from
 * what its pages said (the turns, the confidence range, the characters left out in all). Pure.
 */
import type { DocumentWarning } from '../store/documents.js';

/** What one page's warning knows about that page, by kind: what its message is written from. */
interface PageFacts {
  /** The page shows an image and OCR found no text in it (nothing more to say). */
  readonly OCR_NO_TEXT: null;
  /** The page's mean OCR confidence, in %. */
  readonly OCR_LOW_CONFIDENCE: number;
  /** The turn, in degrees, that set the page upright. */
  readonly PAGE_TURNED: number;
  /** The share of the page's hidden words OCR saw on it, in % (rounded). */
  readonly TEXT_LAYER_MISMATCH: number;
  /** How many characters the page draws outside its box. */
  readonly TEXT_OFF_PAGE: number;
  /** Whether the backwards page was read by OCR (else its layer was kept, reversed). */
  readonly TEXT_LAYER_BACKWARDS: boolean;
  /** pdf.js's reason for dropping part of the page's content. */
  readonly PAGE_CONTENT_DAMAGED: string;
}

/** The warning kinds raised page by page, and merged per document. */
export type PageWarningCode = keyof PageFacts;

/** One page's warning before the document's are merged: its page, kind and fact. */
export type PageWarning = { readonly [C in PageWarningCode]: { readonly page: number; readonly code: C; readonly fact: PageFacts[C] } }[PageWarningCode];

/** Most page numbers a warning that lists pages writes out. */
const LISTED_PAGES = 10;

/** Most distinct reasons a PAGE_CONTENT_DAMAGED warning quotes. */
const LISTED_REASONS = 3;

/** `2, 5, 7`, or the first ten and how many in all. */
export function pageList(numbers: readonly number[]): string {
  return numbers.slice(0, LISTED_PAGES).join(', ') + (numbers.length > LISTED_PAGES ? `… (${numbers.length} in all)` : '');
}

/** `page 3` or `pages 2, 5, 7`. */
function pagesNamed(numbers: readonly number[]): string {
  return `${numbers.length === 1 ? 'page' : 'pages'} ${pageList(numbers)}`;
}

interface Entry<F> {
  readonly page: number;
  readonly fact: F;
}

/** Each distinct fact with its pages, in the order the facts first appear. */
function byFact<F>(entries: readonly Entry<F>[]): [F, number[]][] {
  const groups = new Map<F, number[]>();
  for (const { page, fact } of entries) {
    const pages = groups.get(fact);
    if (pages === undefined) groups.set(fact, [page]);
    else pages.push(page);
  }
  return [...groups];
}

/** `40 %`, or `12 to 38 %` when the pages differ. */
function percentRange(values: readonly number[]): string {
  const low = Math.round(Math.min(...values));
  const high = Math.round(Math.max(...values));
  return low === high ? `${low} %` : `${low} to ${high} %`;
}

/** How a kind writes its message: for one page (as before any merge), and for several. */
interface MessageBuilder<F> {
  readonly one: (page: number, fact: F) => string;
  /** `pages` is the list already written (`pages 2, 5, 7`); `entries` are in page order. */
  readonly several: (pages: string, entries: readonly Entry<F>[]) => string;
}

const BACKWARDS_OCRED = 'read by OCR';
const BACKWARDS_KEPT = 'kept in that order (no OCR): mentions are likely missed there';

/** The message builders, one per kind: a new page kind without its builders does not compile. */
const MESSAGES: { readonly [C in PageWarningCode]: MessageBuilder<PageFacts[C]> } = {
  OCR_NO_TEXT: {
    one: (page) => `page ${page}: shows an image but OCR found no text in it`,
    several: (pages) => `${pages}: show an image but OCR found no text in them`,
  },
  OCR_LOW_CONFIDENCE: {
    one: (page, confidence) => `page ${page}: OCR confidence is very low (${Math.round(confidence)} %); check its text and mentions`,
    several: (pages, entries) => `${pages}: OCR confidence is very low (${percentRange(entries.map((entry) => entry.fact))}); check their text and mentions`,
  },
  PAGE_TURNED: {
    one: (page, degrees) => `page ${page}: scanned turned by ${degrees}°, read upright`,
    several: (pages, entries) => {
      const turns = byFact(entries);
      const [only] = turns;
      if (turns.length === 1 && only !== undefined) return `${pages}: scanned turned by ${only[0]}°, read upright`;
      return `${pages}: scanned turned, read upright (${turns.map(([degrees, numbers]) => `${degrees}° on ${pagesNamed(numbers)}`).join('; ')})`;
    },
  },
  TEXT_LAYER_MISMATCH: {
    one: (page, seen) => `page ${page}: its hidden text layer does not match what the page shows (${seen} % of its words seen); the page's OCR text is used instead`,
    several: (pages, entries) =>
      `${pages}: their hidden text layers do not match what the pages show (${percentRange(entries.map((entry) => entry.fact))} of their words seen); the pages' OCR text is used instead`,
  },
  TEXT_OFF_PAGE: {
    one: (page, glyphs) => `page ${page}: ${glyphs} characters of text are drawn outside the page's box (MediaBox or CropBox) and were left out, as a PDF viewer does not show them`,
    several: (pages, entries) =>
      `${pages}: ${entries.reduce((sum, entry) => sum + entry.fact, 0)} characters of text in all are drawn outside the pages' boxes (MediaBox or CropBox) and were left out, as a PDF viewer does not show them`,
  },
  TEXT_LAYER_BACKWARDS: {
    one: (page, ocred) => `page ${page}: its text layer is drawn from right to left, in reverse reading order; ${ocred ? 'the page was read by OCR' : 'it was kept in that order (no OCR), and its mentions are likely missed'}`,
    several: (pages, entries) => {
      const outcomes = byFact(entries);
      const [only] = outcomes;
      const said =
        outcomes.length === 1 && only !== undefined
          ? `they were ${only[0] ? BACKWARDS_OCRED : BACKWARDS_KEPT}`
          : outcomes.map(([ocred, numbers]) => `${pagesNamed(numbers)} ${numbers.length === 1 ? 'was' : 'were'} ${ocred ? BACKWARDS_OCRED : BACKWARDS_KEPT}`).join('; ');
      return `${pages}: their text layers are drawn from right to left, in reverse reading order; ${said}`;
    },
  },
  // What pdf.js could not read of a page (pdfjs-warnings.ts) was dropped, the rest imported: a
  // broken font or image shared by a hundred pages is one line, its reasons quoted with their pages.
  PAGE_CONTENT_DAMAGED: {
    one: (page, reason) => `page ${page}: part of its content could not be read (pdf.js: ${reason}); its text may be incomplete`,
    several: (pages, entries) => {
      const groups = byFact(entries);
      const [only] = groups;
      const reasons =
        groups.length === 1 && only !== undefined
          ? only[0]
          : groups.slice(0, LISTED_REASONS).map(([reason, numbers]) => `${reason} on ${pagesNamed(numbers)}`).join('; ') + (groups.length > LISTED_REASONS ? `; ${groups.length - LISTED_REASONS} other reasons` : '');
      return `${pages}: part of their content could not be read (pdf.js: ${reasons}); their text may be incomplete`;
    },
  },
};

/** One kind's warning for the document, from its pages' entries (in page order, at least one). */
function mergedWarning<C extends PageWarningCode>(code: C, entries: readonly [Entry<PageFacts[C]>, ...Entry<PageFacts[C]>[]]): DocumentWarning {
  const builder: MessageBuilder<PageFacts[C]> = MESSAGES[code];
  const [first] = entries;
  if (entries.length === 1) return { page: first.page, code, message: builder.one(first.page, first.fact) };
  const pages = entries.map((entry) => entry.page);
  return { page: first.page, pages, code, message: builder.several(pagesNamed(pages), entries) };
}

/**
 * The document's page warnings, one per kind: each names its first page (`page`) and, when it
 * concerns several, all of them in order (`pages`), its message written from every page's fact.
 * A kind raised on one page reads as it did before. In order of their first page.
 */
export function mergePageWarnings(warnings: readonly PageWarning[]): DocumentWarning[] {
  const byCode = new Map<PageWarningCode, Entry<PageFacts[PageWarningCode]>[]>();
  for (const warning of [...warnings].sort((a, b) => a.page - b.page)) {
    const entries = byCode.get(warning.code);
    if (entries === undefined) byCode.set(warning.code, [{ page: warning.page, fact: warning.fact }]);
    else entries.push({ page: warning.page, fact: warning.fact });
  }
  return [...byCode].flatMap(([code, entries]) => {
    const [first, ...rest] = entries;
    return first === undefined ? [] : [mergedWarning(code, [first, ...rest])];
  });
}
