/**
 * pdf.js's warnings, heard rather than printed. Opened with `stopAtErrors: false`, pdf.js recovers
 * from an error inside a page's content by dropping the rest of that content (or the form, image
 * or content stream that failed), and says so only through its `warn()`: a `Warning: …` line on
 * `console.warn`, written when its verbosity is WARNINGS or more. In Node its "worker" runs on the
 * thread that opened the document (a document thread, or the server's for page images), so the
 * lines reach that thread's console. They are never printed — pdf.js warns of many harmless things
 * (a font it substitutes, a broken ToUnicode), and the import's output stays what it was at
 * verbosity ERRORS — but those saying that part of a page's content was dropped are handed to the
 * thread's listener (document-worker.ts), which warns PAGE_CONTENT_DAMAGED on that page: a page
 * that lost its text after an operator word past 128 bytes was otherwise imported partial or
 * empty, silently.
 */

/** How pdf.js's `warn()` begins each line it writes. */
const PDFJS_WARNING = 'Warning: ';

/**
 * What pdf.js 5 says as it drops part of a page's content (its evaluator and page code, under
 * `ignoreErrors`), the reason in a group. Its other warnings lose nothing of what a page shows.
 */
const CONTENT_DROPPED: readonly RegExp[] = [
  // The rest of a content stream (the page's, or a form's inside it) after the error: a word past
  // 128 bytes ("Command token too long"), an unbalanced operator, a stream that ends in a string.
  /^get(?:TextContent|OperatorList) - ignoring errors during "(?<task>[^"]*)" task: "(?<reason>.*)"\.$/su,
  // A form or image the page draws that could not be read at all (missing, not a stream, undecodable).
  /^get(?:TextContent|OperatorList) - ignoring XObject: "(?<reason>.*)"\.$/su,
  // One of the page's content streams (its /Contents array) that could not be read.
  /^getContentStream - ignoring sub-stream \([^)]*\): "(?<reason>.*)"\.$/su,
  // Text shown before any font is set: pdf.js skips it, in the text layer and on the page.
  /^ensureStateFont: "(?<reason>.*)"\.$/su,
  // An image left out: an inline image that does not decode, or one past `maxImageSize` (a scan's text).
  /^Unable to decode inline image: "(?<reason>.*)"\.$/su,
  /^(?<reason>Image exceeded maximum allowed size and was removed)\.$/su,
  // An image that does not decode at all (a broken JPEG, JBIG2 or JPEG 2000 stream): pdf.js paints
  // nothing in its place, so a scan's page renders blank for OCR. Its object id names the page
  // being read (`img_p0_1`, `g_d0_img_p0_1` when cached for the document; from 0). Its decoding may end
  // after the page's operator list has been returned, hence the page taken from its id.
  /^Unable to decode image "(?:(?:[^"]*_)?img_p(?<pageIndex>\d+)_\d+|[^"]*)": "(?<reason>.*)"\.$/su,
  // A font that cannot be read at all (a composite font without its descendant, a font program
  // pdf.js cannot translate): pdf.js gives it an error font that has no glyph, and everything the
  // page writes in it vanishes from the text layer and from the rendering alike. (A font that is
  // merely missing is replaced by a default one and loses nothing: not listed.)
  /^loadFont - (?:preEvaluateFont|translateFont) failed: "(?<reason>.*)"\.$/su,
];

/** pdf.js names its page tasks `GetTextContent: page 0`, its page index counted from 0. */
const TASK_PAGE = /: page (?<index>\d+)$/u;

/** Longest reason kept (pdf.js puts the error's message in it, which a hostile file writes). */
const MAX_REASON_CHARS = 200;

/** Part of a page's content pdf.js dropped, and why. */
export interface DroppedContent {
  /** pdf.js's words for the error, e.g. `FormatError: Command token too long: 128`. */
  readonly reason: string;
  /** The page (from 1) pdf.js's task names, or null when its warning names none. */
  readonly page: number | null;
}

/** What a pdf.js warning (its text after `Warning: `) says was dropped of a page's content; null for any other warning. */
export function droppedContent(warning: string): DroppedContent | null {
  for (const pattern of CONTENT_DROPPED) {
    const groups = pattern.exec(warning)?.groups;
    if (groups === undefined) continue;
    const index = groups.pageIndex ?? (groups.task === undefined ? undefined : TASK_PAGE.exec(groups.task)?.groups?.index);
    const reason = (groups.reason ?? '').replace(/\s+/gu, ' ').trim();
    return { reason: reason.length > MAX_REASON_CHARS ? `${reason.slice(0, MAX_REASON_CHARS)}…` : reason, page: index === undefined ? null : Number(index) + 1 };
  }
  return null;
}

let listener: ((dropped: DroppedContent) => void) | null = null;
const quieted = new WeakSet<object>();

/**
 * Takes pdf.js's warning lines off this thread's `console.warn` (once; other lines pass through),
 * handing those that say a page lost content to the listener. Called as pdf.js loads.
 */
export function quietPdfJsWarnings(target: Pick<Console, 'warn'> = console): void {
  if (quieted.has(target)) return;
  quieted.add(target);
  const write = target.warn.bind(target);
  target.warn = (...args: unknown[]): void => {
    const [first] = args;
    if (args.length !== 1 || typeof first !== 'string' || !first.startsWith(PDFJS_WARNING)) return write(...args);
    const dropped = listener === null ? null : droppedContent(first.slice(PDFJS_WARNING.length));
    if (dropped !== null) listener?.(dropped);
  };
}

/** Who hears what pdf.js drops in this thread (null: nobody, as in the server's page images). */
export function onDroppedContent(hear: ((dropped: DroppedContent) => void) | null): void {
  listener = hear;
}

/**
 * What pdf.js dropped of each page of the document being read. pdf.js parses a page's content only
 * while that page is being read (its text layer, operator list, rendering), one page at a time
 * in a document thread: what it drops then is the page's, unless its warning names its page.
 */
export class DroppedContentLog {
  private page: number | null = null;
  private readonly reasons = new Map<number, string>();

  /** A new document: nothing heard, no page being read. */
  clear(): void {
    this.page = null;
    this.reasons.clear();
  }

  /** The page now read (null between pages, where pdf.js reads no page content). */
  reading(page: number | null): void {
    this.page = page;
  }

  /** Keeps the first reason heard for a page (later ones mostly repeat it: the text pass, then the operator list). */
  heard(dropped: DroppedContent): void {
    if (this.page === null) return; // not within a document's page (the thread's warm-up page)
    const page = dropped.page ?? this.page;
    if (!this.reasons.has(page)) this.reasons.set(page, dropped.reason);
  }

  /** Why part of page `page`'s content was dropped, if it was. */
  reasonFor(page: number): string | undefined {
    return this.reasons.get(page);
  }
}
