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
 * What a dropped part of a page's content does to the pages read after it. pdf.js keeps, for the
 * rest of the document, a font it could not translate (an error font with no glyph) and an image it
 * could not decode (marked failed): every later page that uses them loses the same text or image
 * without another warning of pdf.js's own.
 */
export type DroppedKind =
  /** Lost on this page alone. */
  | 'page'
  /** A font pdf.js could not translate, kept as a font without glyphs by its document-wide font cache. */
  | 'cached-font'
  /** An image that does not decode: pdf.js marks it failed for the document. */
  | 'image'
  /** A page's rendering painted nothing where an image failed to decode (on this page or an earlier one). */
  | 'image-missing';

interface DroppedPattern {
  readonly pattern: RegExp;
  readonly kind: DroppedKind;
}

/**
 * What pdf.js 5 says as it drops part of a page's content (its evaluator and page code, under
 * `ignoreErrors`), the reason in a group. Its other warnings lose nothing of what a page shows.
 */
const CONTENT_DROPPED: readonly DroppedPattern[] = [
  // The rest of a content stream (the page's, or a form's inside it) after the error: a word past
  // 128 bytes ("Command token too long"), an unbalanced operator, a stream that ends in a string.
  { kind: 'page', pattern: /^get(?:TextContent|OperatorList) - ignoring errors during "(?<task>[^"]*)" task: "(?<reason>.*)"\.$/su },
  // A form or image the page draws that could not be read at all (missing, not a stream, undecodable).
  { kind: 'page', pattern: /^get(?:TextContent|OperatorList) - ignoring XObject: "(?<reason>.*)"\.$/su },
  // One of the page's content streams (its /Contents array) that could not be read.
  { kind: 'page', pattern: /^getContentStream - ignoring sub-stream \([^)]*\): "(?<reason>.*)"\.$/su },
  // Text shown before any font is set: pdf.js skips it, in the text layer and on the page.
  { kind: 'page', pattern: /^ensureStateFont: "(?<reason>.*)"\.$/su },
  // An image left out: an inline image that does not decode, or one past `maxImageSize` (a scan's text).
  { kind: 'page', pattern: /^Unable to decode inline image: "(?<reason>.*)"\.$/su },
  { kind: 'page', pattern: /^(?<reason>Image exceeded maximum allowed size and was removed)\.$/su },
  // An image that does not decode at all (a broken JPEG, JBIG2 or JPEG 2000 stream): pdf.js paints
  // nothing in its place, so a scan's page renders blank for OCR. Its object id names the page
  // being read (`img_p0_1`, `g_d0_img_p0_1` when cached for the document; from 0). Its decoding may end
  // after the page's operator list has been returned, hence the page taken from its id.
  { kind: 'image', pattern: /^Unable to decode image "(?:(?:[^"]*_)?img_p(?<pageIndex>\d+)_\d+|[^"]*)": "(?<reason>.*)"\.$/su },
  // pdf.js's renderer (on the same thread in Node) reaching an image whose decoding failed: the
  // one way a later page that draws an image already marked failed is heard (pdf.js does not try
  // it again, nor warn again). Its reason is the failed image's, which the log recalls.
  { kind: 'image-missing', pattern: /^(?<reason>Dependent image isn't ready yet)$/su },
  // A font that cannot be read at all (a composite font without its descendant, a font program
  // pdf.js cannot translate): pdf.js gives it an error font that has no glyph, and everything the
  // page writes in it vanishes from the text layer and from the rendering alike. (A font that is
  // merely missing is replaced by a default one and loses nothing: not listed.) One that fails
  // before pdf.js caches it fails again, with this warning, on every page that uses it; one that
  // fails in its translation stays cached as the error font.
  { kind: 'page', pattern: /^loadFont - preEvaluateFont failed: "(?<reason>.*)"\.$/su },
  { kind: 'cached-font', pattern: /^loadFont - translateFont failed: "(?<reason>.*)"\.$/su },
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
  /** What it does to later pages; absent for `page` (lost on this page alone). */
  readonly kind?: Exclude<DroppedKind, 'page'>;
}

/** What a pdf.js warning (its text after `Warning: `) says was dropped of a page's content; null for any other warning. */
export function droppedContent(warning: string): DroppedContent | null {
  for (const { pattern, kind } of CONTENT_DROPPED) {
    const groups = pattern.exec(warning)?.groups;
    if (groups === undefined) continue;
    const index = groups.pageIndex ?? (groups.task === undefined ? undefined : TASK_PAGE.exec(groups.task)?.groups?.index);
    const reason = (groups.reason ?? '').replace(/\s+/gu, ' ').trim();
    const dropped = { reason: reason.length > MAX_REASON_CHARS ? `${reason.slice(0, MAX_REASON_CHARS)}…` : reason, page: index === undefined ? null : Number(index) + 1 };
    return kind === 'page' ? dropped : { ...dropped, kind };
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
  /** Why the last image that did not decode failed: what a later page drawing it lost. */
  private imageReason: string | null = null;
  private fontCached = false;

  /** A new document: nothing heard, no page being read. */
  clear(): void {
    this.page = null;
    this.reasons.clear();
    this.imageReason = null;
    this.fontCached = false;
  }

  /** The page now read (null between pages, where pdf.js reads no page content). */
  reading(page: number | null): void {
    this.page = page;
  }

  /** Keeps the first reason heard for a page (later ones mostly repeat it: the text pass, then the operator list). */
  heard(dropped: DroppedContent): void {
    if (dropped.kind === 'cached-font') this.fontCached = true;
    if (dropped.kind === 'image') this.imageReason = dropped.reason;
    if (this.page === null) return; // not within a document's page (the thread's warm-up page)
    const page = dropped.page ?? this.page;
    const reason = dropped.kind === 'image-missing' ? (this.imageReason ?? 'an image it draws could not be decoded') : dropped.reason;
    if (!this.reasons.has(page)) this.reasons.set(page, reason);
  }

  /** Why part of page `page`'s content was dropped, if it was. */
  reasonFor(page: number): string | undefined {
    return this.reasons.get(page);
  }

  /**
   * Whether pdf.js now keeps, for this document, a font it could not translate: it must forget
   * its fonts before each later page (`PDFDocumentProxy.cleanup()`), so that a page using that
   * font translates it again and is heard losing its text, as the first one was.
   */
  keepsBrokenFont(): boolean {
    return this.fontCached;
  }
}
