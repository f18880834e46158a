/**
 * A document's page warnings merged per kind (page-warnings.ts): a 40-page scan fed sideways gave
 * 40 PAGE_TURNED lines, a faint one 40 OCR_LOW_CONFIDENCE lines. Now one warning per kind names
 * every page it concerns, and its message still says what differs from page to page.
 */
import { describe, expect, it } from 'vitest';
import { mergePageWarnings, type PageWarning } from '../../../main/ingest/page-warnings.js';

/** One warning of each kind on a page, with a fact of that kind. */
const ON_ONE_PAGE: readonly [PageWarning, string][] = [
  [{ page: 4, code: 'OCR_NO_TEXT', fact: null }, 'page 4: shows an image but OCR found no text in it'],
  [{ page: 4, code: 'OCR_LOW_CONFIDENCE', fact: 31.6 }, 'page 4: OCR confidence is very low (32 %); check its text and mentions'],
  [{ page: 4, code: 'PAGE_TURNED', fact: 90 }, 'page 4: scanned turned by 90°, read upright'],
  [{ page: 4, code: 'TEXT_LAYER_MISMATCH', fact: 12 }, "page 4: its hidden text layer does not match what the page shows (12 % of its words seen); the page's OCR text is used instead"],
  [{ page: 4, code: 'TEXT_OFF_PAGE', fact: 170 }, "page 4: 170 characters of text are drawn outside the page's box (MediaBox or CropBox) and were left out, as a PDF viewer does not show them"],
  [{ page: 4, code: 'TEXT_LAYER_BACKWARDS', fact: true }, 'page 4: its text layer is drawn from right to left, in reverse reading order; the page was read by OCR'],
  [{ page: 4, code: 'TEXT_LAYER_BACKWARDS', fact: false }, 'page 4: its text layer is drawn from right to left, in reverse reading order; it was kept in that order (no OCR), and its mentions are likely missed'],
  [{ page: 4, code: 'PAGE_CONTENT_DAMAGED', fact: 'FormatError: Bad font' }, 'page 4: part of its content could not be read (pdf.js: FormatError: Bad font); its text may be incomplete'],
];

/** The same warning on pages 9, 2 and 5 (as OCR may finish them), its fact taken from `facts`. */
function onThreePages<C extends PageWarning['code']>(code: C, facts: readonly Extract<PageWarning, { code: C }>['fact'][]): PageWarning[] {
  return [9, 2, 5].map((page, index) => ({ page, code, fact: facts[index] }) as PageWarning);
}

describe('mergePageWarnings', () => {
  it('says nothing for no warning, and a warning on one page as it always read, with no `pages`', () => {
    expect(mergePageWarnings([])).toEqual([]);
    for (const [warning, message] of ON_ONE_PAGE) expect(mergePageWarnings([warning])).toEqual([{ page: 4, code: warning.code, message }]);
  });

  it('gives each kind one warning naming its pages in order, the first as `page`', () => {
    const warnings = [...onThreePages('OCR_NO_TEXT', [null, null, null]), { page: 1, code: 'PAGE_TURNED', fact: 180 } as const, ...onThreePages('PAGE_TURNED', [180, 180, 180])];
    expect(mergePageWarnings(warnings)).toEqual([
      { page: 1, pages: [1, 2, 5, 9], code: 'PAGE_TURNED', message: 'pages 1, 2, 5, 9: scanned turned by 180°, read upright' },
      { page: 2, pages: [2, 5, 9], code: 'OCR_NO_TEXT', message: 'pages 2, 5, 9: show an image but OCR found no text in them' },
    ]);
  });

  it('keeps in one message what differs from page to page', () => {
    const message = (warnings: PageWarning[]): string => {
      const [merged, ...more] = mergePageWarnings(warnings);
      expect(more).toEqual([]);
      expect(merged?.pages).toEqual([2, 5, 9]);
      return merged?.message ?? '';
    };
    expect(message(onThreePages('PAGE_TURNED', [90, 270, 90]))).toBe('pages 2, 5, 9: scanned turned, read upright (270° on page 2; 90° on pages 5, 9)');
    expect(message(onThreePages('OCR_LOW_CONFIDENCE', [41.2, 18.7, 30]))).toBe('pages 2, 5, 9: OCR confidence is very low (19 to 41 %); check their text and mentions');
    expect(message(onThreePages('OCR_LOW_CONFIDENCE', [30, 30.2, 29.9]))).toBe('pages 2, 5, 9: OCR confidence is very low (30 %); check their text and mentions');
    expect(message(onThreePages('TEXT_LAYER_MISMATCH', [40, 0, 12]))).toBe("pages 2, 5, 9: their hidden text layers do not match what the pages show (0 to 40 % of their words seen); the pages' OCR text is used instead");
    expect(message(onThreePages('TEXT_OFF_PAGE', [100, 20, 3]))).toBe("pages 2, 5, 9: 123 characters of text in all are drawn outside the pages' boxes (MediaBox or CropBox) and were left out, as a PDF viewer does not show them");
    expect(message(onThreePages('TEXT_LAYER_BACKWARDS', [true, true, true]))).toBe('pages 2, 5, 9: their text layers are drawn from right to left, in reverse reading order; they were read by OCR');
    expect(message(onThreePages('TEXT_LAYER_BACKWARDS', [false, false, false]))).toMatch(/; they were kept in that order \(no OCR\): mentions are likely missed there$/u);
    expect(message(onThreePages('TEXT_LAYER_BACKWARDS', [true, false, true]))).toMatch(/; page 2 was kept in that order \(no OCR\): mentions are likely missed there; pages 5, 9 were read by OCR$/u);
    expect(message(onThreePages('PAGE_CONTENT_DAMAGED', ['E: a', 'E: a', 'E: a']))).toBe('pages 2, 5, 9: part of their content could not be read (pdf.js: E: a); their text may be incomplete');
  });

  it('writes out the first ten pages and how many in all, and keeps every page in `pages`', () => {
    const turned = Array.from({ length: 40 }, (_, index): PageWarning => ({ page: 40 - index, code: 'PAGE_TURNED', fact: 90 }));
    const faint = Array.from({ length: 40 }, (_, index): PageWarning => ({ page: index + 1, code: 'OCR_LOW_CONFIDENCE', fact: 20 + index / 2 }));
    const merged = mergePageWarnings([...turned, ...faint]);
    expect(merged.map((warning) => [warning.code, warning.page, warning.pages?.length])).toEqual([
      ['PAGE_TURNED', 1, 40],
      ['OCR_LOW_CONFIDENCE', 1, 40],
    ]);
    expect(merged[0]?.pages).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
    expect(merged[0]?.message).toBe('pages 1, 2, 3, 4, 5, 6, 7, 8, 9, 10… (40 in all): scanned turned by 90°, read upright');
    expect(merged[1]?.message).toBe('pages 1, 2, 3, 4, 5, 6, 7, 8, 9, 10… (40 in all): OCR confidence is very low (20 to 40 %); check their text and mentions');
  });
});
