/**
 * The text a page shows in its annotations rather than in its content: filled form fields (text
 * and choice fields) and free-text notes. pdf.js's text content holds only the page's content, so
 * a text page with a filled form beside its own lines lost the form's values without a word (a
 * page of annotations alone is OCR'd, and OCR reads what they draw). The cost stays off ordinary
 * files: only a file that names a widget or a free-text note (in its plain bytes or its object
 * streams) has its text pages' annotations asked for.
 */
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import type { ObjectStreams, PdfObjects } from './pdf-objects.js';

/** Annotation flags (PDF 32000, 12.5.3) of an annotation not shown on screen: Hidden, NoView. */
const NOT_SHOWN = 2 | 32;

/** What this module reads of one of pdf.js's annotation records. */
interface AnnotationRecord {
  readonly subtype?: unknown;
  readonly fieldType?: unknown;
  readonly fieldValue?: unknown;
  readonly textContent?: unknown;
  readonly annotationFlags?: unknown;
  readonly hidden?: unknown;
}

const strings = (value: unknown): string[] => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/**
 * The text one annotation shows: the lines of its appearance when pdf.js read them, else a text
 * or choice field's value (a field without appearance, drawn by the viewer); nothing for other
 * kinds (links, check boxes, stamps) or one not shown. Pure.
 */
export function shownText(annotation: AnnotationRecord): string {
  const flags = typeof annotation.annotationFlags === 'number' ? annotation.annotationFlags : 0;
  if ((flags & NOT_SHOWN) !== 0 || annotation.hidden === true) return '';
  const field = annotation.subtype === 'Widget' && (annotation.fieldType === 'Tx' || annotation.fieldType === 'Ch');
  if (!field && annotation.subtype !== 'FreeText') return '';
  const lines = strings(annotation.textContent);
  return (lines.length > 0 ? lines : field ? strings(annotation.fieldValue) : []).join('\n').trim();
}

/** Whether the file may hold annotations showing text; when not, no page's annotations are asked for. */
export class AnnotationScreen {
  private found: boolean | undefined;

  constructor(
    private readonly objects: PdfObjects,
    private readonly packed: ObjectStreams,
  ) {}

  mayShowText(): boolean {
    this.found ??= ['/Widget', '/FreeText'].some((word) => this.objects.bytes.includes(word) || (this.packed.present() && this.packed.contain(word)));
    return this.found;
  }
}

/** The text the page's annotations show, one per paragraph ('' when none). */
export async function annotationText(page: PDFPageProxy): Promise<string> {
  const annotations = (await page.getAnnotations({ intent: 'display' })) as AnnotationRecord[];
  return annotations
    .map(shownText)
    .filter((text) => text !== '')
    .join('\n\n');
}
