/**
 * Public entry points of the extractors. `main/` imports only from this file.
 * Pure functions: the same input always gives byte-identical output.
 */
import type { DocumentContext, DocumentExtraction, Mention, PageInput } from './core/types.js';
import { extractFrenchPage, inferFrenchDocumentDate, readFrenchPage } from './fr/index.js';
import { readFileNameDate } from './fr/file-name-date.js';
import type { PageReading } from './fr/index.js';
import { sameSenseMentions } from './fr/known-names.js';
import { extendDocumentCutShort } from './fr/organisation/document-cut-short.js';
import { completeCutWords } from './fr/organisation/document-cut-word.js';
import { trimDocumentOverruns } from './fr/organisation/document-overrun.js';
import { dropDocumentKindHeads } from './fr/organisation/document-kind-head.js';
import { resolveKindAnaphora } from './fr/organisation/kind-anaphora.js';
import { resolveNumberedAnaphora } from './fr/organisation/numbered-anaphora.js';
import { unifyOcrVariants } from './fr/ocr-variants.js';

export type * from './core/types.js';
export { MENTION_TYPES } from './core/types.js';
export { normaliseText } from './fr/normalise.js';
export { contextSentence } from './fr/context-sentence.js';
export type { NormalisedText } from './fr/normalise.js';
export { entityKey, sameEntity } from './core/entity-key.js';
export { FRENCH_PARSERS, FRENCH_REFINERS } from './fr/index.js';
export { acronymAliases } from './fr/organisation/acronym-aliases.js';

/** Runs every French rule over one page. Spans index `page.text`. */
export function extractPage(page: PageInput, document: DocumentContext): Mention[] {
  return extractFrenchPage(page, document);
}

/** The document date inferred from its pages: what `extractDocument` uses when none is given. */
export function inferDocumentDate(pages: readonly PageInput[]): DocumentExtraction['documentDate'] {
  return inferFrenchDocumentDate(pages);
}

/**
 * Told when each stage of `extractDocument` starts: the document date (`page` null), then each
 * page in turn (the document-wide pass is part of the last page). Lets a caller time each page.
 */
export type ExtractionStageObserver = (stage: 'date' | 'page', page: PageInput | null) => void;

/**
 * Runs the extractors over a whole document: infers the document date first (unless given),
 * then extracts every page against it, then proposes the other occurrences of the document's
 * strong organisations and of the corpus's known names (`document.knownNames`).
 */
export function extractDocument(
  pages: readonly PageInput[],
  document: DocumentContext = {},
  onStage?: ExtractionStageObserver,
): DocumentExtraction {
  onStage?.('date', null);
  // Each page is normalised, and its dates with a year read, once: the document date is inferred
  // from these readings, then each page is extracted from its own.
  const readings = pages.map(readFrenchPage);
  const { documentDate, context } = documentContextOf(pages, readings, document);
  const found = readings.flatMap((reading) => {
    onStage?.('page', reading.page);
    return extractFrenchPage(reading.page, context, reading);
  });
  return { documentDate, mentions: completeDocument(pages, found, document) };
}

/**
 * The document date of `extractDocument` (the given one, else the one inferred from `readings`,
 * the pages as `readFrenchPage` read them) and the context every page is extracted against.
 * Exported so that the fit scripts (scripts/eval) run pages exactly as `extractDocument` does.
 */
export function documentContextOf(
  pages: readonly PageInput[],
  readings: readonly PageReading[],
  document: DocumentContext = {},
): { documentDate: DocumentExtraction['documentDate']; context: DocumentContext } {
  if (document.documentDate) return { documentDate: { value: document.documentDate, inferred: false }, context: { documentDate: document.documentDate } };
  const inferred = inferFrenchDocumentDate(pages, readings);
  // A date a person wrote in the file's name beats none and a guess from the body's years, not a masthead or a stamp.
  const named = inferred === null || inferred.guessed === true ? readFileNameDate(document.fileName) : null;
  if (named !== null) return { documentDate: { value: named, inferred: true, fromFileName: true }, context: { documentDate: named } };
  // A deadline ahead of the document places its days (resolve-year.ts) but is not the day it was written: the caller
  // (the library, the review's header, the indicators' period) is told no date rather than the deadline's.
  const documentDate = inferred && inferred.ahead !== true ? { value: inferred.value, inferred: true } : null;
  // A date guessed from the body's years only: relative periods (`l'an dernier`) do not count from it.
  const context: DocumentContext = {
    documentDate: inferred?.value,
    ...(inferred?.guessed === true ? { documentDateGuessed: true } : {}),
    ...(inferred?.ahead === true ? { documentDateAhead: true } : {}),
  };
  return { documentDate, context };
}

/**
 * The document-wide pass run after every page was extracted (by `extractDocument`, or page by
 * page under a clock by the importer): adds the other occurrences of the document's strong
 * organisations and of the corpus's known names, gives a name OCR damaged in some occurrences the
 * spelling of its others (fr/ocr-variants.ts), gives a kind acronym read alone the name of its
 * kind's one body in the document (fr/organisation/kind-anaphora.ts), gives a name read without its department number
 * the numbered name the document gives it elsewhere (fr/organisation/numbered-anaphora.ts), gives a name cut mid-word where its line or
 * text stops the whole name the document writes elsewhere (fr/organisation/document-cut-word.ts), and sorts the mentions in reading order.
 */
export function completeDocument(pages: readonly PageInput[], found: readonly Mention[], document: DocumentContext = {}): Mention[] {
  const trimmed = completeCutWords(pages, extendDocumentCutShort(pages, dropDocumentKindHeads(pages, trimDocumentOverruns(found))));
  return resolveNumberedAnaphora(resolveKindAnaphora([...unifyOcrVariants([...trimmed, ...sameSenseMentions(pages, trimmed, document.knownNames ?? [])])])).sort(
    (a, b) => a.page - b.page || a.span.start - b.span.start || a.span.end - b.span.end || a.type.localeCompare(b.type),
  );
}
