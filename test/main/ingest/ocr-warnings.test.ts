import { describe, expect, it } from 'vitest';
import { LOW_OCR_CONFIDENCE, ocrWarnings as pageWarnings } from '../../../main/ingest/document-thread.js';
import { mergePageWarnings } from '../../../main/ingest/page-warnings.js';

/** One OCR'd page's warnings as the document gets them (merged, with their messages). */
const ocrWarnings = (...args: Parameters<typeof pageWarnings>) => mergePageWarnings(pageWarnings(...args));

const prose = 'Le comité de pilotage a réuni vingt-six structures adhérentes au printemps.';

describe('warnings an OCR page raises', () => {
  it('flags a page that shows an image and gave no text, but not a truly blank page', () => {
    expect(ocrWarnings(2, ' \n', 0, true, 0)).toEqual([{ page: 2, code: 'OCR_NO_TEXT', message: 'page 2: shows an image but OCR found no text in it' }]);
    expect(ocrWarnings(2, '', 0, false, 0)).toEqual([]);
  });

  it('flags a very low confidence, and a page read turned upright', () => {
    expect(ocrWarnings(1, prose, LOW_OCR_CONFIDENCE - 10, true, 0).map((warning) => warning.code)).toEqual(['OCR_LOW_CONFIDENCE']);
    expect(ocrWarnings(1, prose, 92, true, 3)).toEqual([{ page: 1, code: 'PAGE_TURNED', message: 'page 1: scanned turned by 270°, read upright' }]);
    expect(ocrWarnings(1, prose, 92, true, 0)).toEqual([]);
  });

  it('flags text drawn outside the page box, whatever OCR then reads', () => {
    expect(ocrWarnings(3, '', 0, false, 0, 170)).toEqual([{ page: 3, code: 'TEXT_OFF_PAGE', message: expect.stringMatching(/^page 3: 170 characters of text are drawn outside the page's box/u) }]);
    expect(ocrWarnings(3, prose, 92, false, 0, 40).map((warning) => warning.code)).toEqual(['TEXT_OFF_PAGE']);
    expect(ocrWarnings(3, '', 0, false, 0, 0)).toEqual([]);
  });
});
