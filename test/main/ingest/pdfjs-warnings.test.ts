import { describe, expect, it } from 'vitest';
import { DroppedContentLog, droppedContent, onDroppedContent, quietPdfJsWarnings, type DroppedContent } from '../../../main/ingest/pdfjs-warnings.js';

describe('droppedContent', () => {
  it('reads what pdf.js says when it gives up on the rest of a page’s content, and the page its task names', () => {
    expect(droppedContent('getTextContent - ignoring errors during "GetTextContent: page 0" task: "FormatError: Command token too long: 128".')).toEqual({ reason: 'FormatError: Command token too long: 128', page: 1 });
    expect(droppedContent('getOperatorList - ignoring errors during "GetOperatorList: page 11" task: "FormatError: Command token too long: 128".')).toEqual({ reason: 'FormatError: Command token too long: 128', page: 12 });
  });

  it('reads a form, an image or a content stream dropped whole, which names no page', () => {
    expect(droppedContent('getTextContent - ignoring XObject: "FormatError: XObject should be a stream".')).toEqual({ reason: 'FormatError: XObject should be a stream', page: null });
    expect(droppedContent('getOperatorList - ignoring XObject: "Error: bad image".')).toEqual({ reason: 'Error: bad image', page: null });
    expect(droppedContent('getContentStream - ignoring sub-stream (12R): "Error: unreadable".')).toEqual({ reason: 'Error: unreadable', page: null });
  });

  it('reads text shown before any font, and images left out, as dropped content', () => {
    expect(droppedContent('ensureStateFont: "FormatError: Missing setFont (Tf) operator before text rendering operator.".')?.reason).toBe('FormatError: Missing setFont (Tf) operator before text rendering operator.');
    expect(droppedContent('Unable to decode inline image: "Error: bad".')?.reason).toBe('Error: bad');
    expect(droppedContent('Image exceeded maximum allowed size and was removed.')?.reason).toBe('Image exceeded maximum allowed size and was removed');
  });

  it('reads an image that does not decode, with the page its object id names, and a font that cannot be read', () => {
    expect(droppedContent('Unable to decode image "img_p3_1": "JpegError: JpegImage.parse - no frame data found.".')).toEqual({ reason: 'JpegError: JpegImage.parse - no frame data found.', page: 4, kind: 'image' });
    expect(droppedContent('Unable to decode image "g_d0_img_p0_2": "Error: bad".')).toEqual({ reason: 'Error: bad', page: 1, kind: 'image' });
    expect(droppedContent('Unable to decode image "other": "Error: bad".')).toEqual({ reason: 'Error: bad', page: null, kind: 'image' });
    expect(droppedContent('loadFont - preEvaluateFont failed: "FormatError: Descendant fonts are not specified".')).toEqual({ reason: 'FormatError: Descendant fonts are not specified', page: null });
    expect(droppedContent('loadFont - translateFont failed: "Error: bad font".')?.reason).toBe('Error: bad font');
  });

  it('tells what pdf.js keeps failed for the rest of the document (a font it could not translate, an image) from what one page lost', () => {
    expect(droppedContent('loadFont - translateFont failed: "Error: bad font".')?.kind).toBe('cached-font');
    expect(droppedContent('loadFont - preEvaluateFont failed: "Error: bad font".')?.kind).toBeUndefined(); // not cached: it fails again on each page
    expect(droppedContent('Unable to decode image "img_p3_1": "Error: bad".')?.kind).toBe('image');
    expect(droppedContent('Dependent image isn\'t ready yet')).toEqual({ reason: 'Dependent image isn\'t ready yet', page: null, kind: 'image-missing' });
  });

  it('lets pass the warnings that lose nothing a page shows (fonts, colour spaces, metadata)', () => {
    expect(droppedContent('Font "F1" is not available -- attempting to fallback to a default font.')).toBeNull();
    expect(droppedContent('readToUnicode - ignoring ToUnicode data: "Error: x".')).toBeNull();
    expect(droppedContent('TT: undefined function: 21')).toBeNull();
    expect(droppedContent('Indexing all PDF objects')).toBeNull();
  });

  it('keeps a hostile reason to one short line', () => {
    const reason = droppedContent(`getTextContent - ignoring XObject: "Error: ${'x'.repeat(5000)}\n${'y'.repeat(10)}".`)?.reason ?? '';
    expect(reason.length).toBeLessThanOrEqual(201);
    expect(reason).not.toMatch(/\n/u);
  });
});

describe('DroppedContentLog', () => {
  it('gives what was dropped to the page being read, or to the page pdf.js names, first reason kept', () => {
    const log = new DroppedContentLog();
    log.reading(2);
    log.heard({ reason: 'a', page: null });
    log.heard({ reason: 'b', page: null });
    log.heard({ reason: 'c', page: 5 });
    expect([log.reasonFor(1), log.reasonFor(2), log.reasonFor(5)]).toEqual([undefined, 'a', 'c']);
  });

  it('gives a later page that draws an image already failed the reason that image failed for', () => {
    const log = new DroppedContentLog();
    log.reading(1);
    log.heard({ reason: 'JpegError: no frame', page: 1, kind: 'image' });
    log.heard({ reason: 'Dependent image isn\'t ready yet', page: null, kind: 'image-missing' });
    log.reading(4);
    log.heard({ reason: 'Dependent image isn\'t ready yet', page: null, kind: 'image-missing' });
    expect([log.reasonFor(1), log.reasonFor(4)]).toEqual(['JpegError: no frame', 'JpegError: no frame']);
    log.clear();
    log.reading(2);
    log.heard({ reason: 'Dependent image isn\'t ready yet', page: null, kind: 'image-missing' });
    expect(log.reasonFor(2)).toBe('an image it draws could not be decoded');
  });

  it('says when pdf.js keeps a font it could not translate, until the next document', () => {
    const log = new DroppedContentLog();
    log.reading(1);
    log.heard({ reason: 'Error: bad font', page: null });
    expect(log.keepsBrokenFont()).toBe(false);
    log.heard({ reason: 'Error: bad font', page: null, kind: 'cached-font' });
    expect(log.keepsBrokenFont()).toBe(true);
    log.clear();
    expect(log.keepsBrokenFont()).toBe(false);
  });

  it('forgets between documents, and hears nothing outside a page (the thread’s warm-up page)', () => {
    const log = new DroppedContentLog();
    log.reading(1);
    log.heard({ reason: 'a', page: null });
    log.clear();
    log.heard({ reason: 'b', page: 1 });
    expect(log.reasonFor(1)).toBeUndefined();
  });
});

describe('quietPdfJsWarnings', () => {
  it('takes pdf.js’s warning lines off the console, hands on the dropped content, and lets other lines through', () => {
    const printed: unknown[][] = [];
    const target = { warn: (...args: unknown[]) => void printed.push(args) };
    const heard: DroppedContent[] = [];
    quietPdfJsWarnings(target);
    quietPdfJsWarnings(target); // once only
    onDroppedContent((dropped) => heard.push(dropped));
    try {
      target.warn('Warning: getTextContent - ignoring errors during "GetTextContent: page 2" task: "FormatError: Command token too long: 128".');
      target.warn('Warning: TT: undefined function: 21');
      target.warn('something else', 1);
    } finally {
      onDroppedContent(null);
    }
    expect(printed).toEqual([['something else', 1]]);
    expect(heard).toEqual([{ reason: 'FormatError: Command token too long: 128', page: 3 }]);
  });
});
