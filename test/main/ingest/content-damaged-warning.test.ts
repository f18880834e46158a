/**
 * The PAGE_CONTENT_DAMAGED warning (page-warnings.ts, merged by document-thread.ts): one per document, naming every page pdf.js
 * could not read all of. A broken font or image shared by many pages used to give a line per page
 * (or, for a cached font or image, a line for its first page alone).
 */
import { describe, expect, it } from 'vitest';
import type { DocumentWarning } from '../../../main/store/documents.js';
import { mergePageWarnings } from '../../../main/ingest/page-warnings.js';

/** The document's warning for the pages whose content pdf.js dropped, as document-thread.ts merges them. */
function contentDamagedWarnings(damaged: readonly { readonly page: number; readonly reason: string }[]): DocumentWarning[] {
  return mergePageWarnings(damaged.map(({ page, reason }) => ({ page, code: 'PAGE_CONTENT_DAMAGED', fact: reason })));
}

const FONT = 'FormatError: Base font is not specified';

describe('the PAGE_CONTENT_DAMAGED warning', () => {
  it('says nothing when no page lost content, and names the one page as before', () => {
    expect(contentDamagedWarnings([])).toEqual([]);
    expect(contentDamagedWarnings([{ page: 3, reason: FONT }])).toEqual([
      { page: 3, code: 'PAGE_CONTENT_DAMAGED', message: `page 3: part of its content could not be read (pdf.js: ${FONT}); its text may be incomplete` },
    ]);
  });

  it('gives one warning for the document that lists every page, pdf.js’s reason once', () => {
    expect(contentDamagedWarnings([2, 5, 7].map((page) => ({ page, reason: FONT })))).toEqual([
      { page: 2, pages: [2, 5, 7], code: 'PAGE_CONTENT_DAMAGED', message: `pages 2, 5, 7: part of their content could not be read (pdf.js: ${FONT}); their text may be incomplete` },
    ]);
  });

  it('keeps a long list to one line: the first ten pages, how many in all, and the pages behind each reason', () => {
    const many = Array.from({ length: 250 }, (_, index) => ({ page: index + 1, reason: index % 2 === 0 ? FONT : 'JpegError: no frame data' }));
    const [warning, ...more] = contentDamagedWarnings(many);
    expect(more).toEqual([]);
    expect(warning?.pages).toHaveLength(250);
    expect(warning?.message).toMatch(/^pages 1, 2, 3, 4, 5, 6, 7, 8, 9, 10… \(250 in all\): part of their content could not be read \(pdf\.js: FormatError: Base font is not specified on pages 1, 3, 5, .*… \(125 in all\); JpegError: no frame data on pages 2, 4, .*\); their text may be incomplete$/u);
    expect(warning?.message.length).toBeLessThan(500);
    const reasons = Array.from({ length: 6 }, (_, index) => ({ page: index + 1, reason: `Error: ${index}` }));
    expect(contentDamagedWarnings(reasons)[0]?.message).toMatch(/Error: 2 on page 3; 3 other reasons\); their text/u);
  });
});
