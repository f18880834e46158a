/** Builds documents to store without a PDF, for store-level tests. */
import type { Mention, MentionType, PageInput } from '../../extractors/index.js';
import type { Db } from '../../main/store/db.js';
import { saveImportedDocument } from '../../main/store/document-writer.js';

/** A simple rule for tests: every match of `pattern` in a page becomes a mention of `type`. */
export interface TestRule {
  readonly id: string;
  readonly type: MentionType;
  readonly pattern: RegExp;
}

function lineAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  return text.slice(from, to === -1 ? text.length : to);
}

export function runTestRules(pages: readonly PageInput[], rules: readonly TestRule[]): Mention[] {
  const mentions: Mention[] = [];
  for (const page of pages) {
    for (const rule of rules) {
      for (const match of page.text.matchAll(new RegExp(rule.pattern.source, 'gu'))) {
        const start = match.index;
        const end = start + match[0].length;
        mentions.push({
          type: rule.type,
          page: page.page,
          source: page.source,
          span: { start, end },
          text: match[0],
          value: match[0],
          confidence: 0.9,
          rule: rule.id,
          inferred: [],
          context: lineAround(page.text, start, end),
        });
      }
    }
  }
  return mentions.sort((a, b) => a.page - b.page || a.span.start - b.span.start);
}

/** Stores a document made of the given page texts, with mentions from the given rules. Returns its id. */
export function storeTextDocument(db: Db, name: string, pageTexts: readonly string[], rules: readonly TestRule[]): number {
  const pages = pageTexts.map((text, index): PageInput => ({ page: index + 1, text, source: 'text' }));
  const outcome = saveImportedDocument(db, {
    sha256: `sha-of-${name}`,
    fileName: name,
    filePath: `/corpus/${name}`,
    fileSize: 1000,
    title: name,
    kind: 'text',
    documentDate: '2025',
    documentDateInferred: true,
    importSeconds: 0.1,
    pages: pages.map((page) => ({ number: page.page, text: page.text, source: 'text', ocrConfidence: null, width: 595, height: 842, words: [] })),
    mentions: runTestRules(pages, rules),
  });
  if (!outcome.saved) throw new Error(`${name} was already stored`);
  return outcome.document.id;
}
