/**
 * The text-layer pass over one PDF: every page's text and size, and the document's title from
 * its metadata. It runs in a worker thread during imports (see text-layer-pool.ts), or in-process.
 */
import { openPdf, readPageText } from './pdf-document.js';

export interface TextLayerPage {
  readonly number: number;
  readonly text: string;
  /** Page size in PDF points. */
  readonly width: number;
  readonly height: number;
}

export interface TextLayer {
  readonly pages: readonly TextLayerPage[];
  /** The metadata title, when the PDF carries a real one (not empty, not a file name). */
  readonly title: string | null;
}

/** Exporters often leave a file name (`doc.html`, `Présentation1.pptx`) as the title: not a title. */
function isRealTitle(title: string): boolean {
  return title !== '' && !/\.(?:html?|docx?|odt|pdf|pptx?|odp|xlsx?|indd|pub)$|^(?:untitled|sans titre)$/iu.test(title);
}

/** The metadata title trimmed, or null when it is empty or only a file name. */
export function realTitle(title: string): string | null {
  const trimmed = title.trim();
  return isRealTitle(trimmed) ? trimmed : null;
}

/** Reads every page's text layer; throws the IngestErrors of `openPdf` for unreadable files. */
export async function readTextLayer(bytes: Uint8Array, fileName: string): Promise<TextLayer> {
  const doc = await openPdf(bytes, fileName);
  try {
    const pages: TextLayerPage[] = [];
    for (let number = 1; number <= doc.numPages; number += 1) {
      const page = await doc.getPage(number);
      const { width, height } = page.getViewport({ scale: 1 });
      pages.push({ number, text: await readPageText(page), width, height });
      page.cleanup();
    }
    const metadata = await doc.getMetadata().catch(() => null);
    const info = metadata?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && isRealTitle(info.Title.trim()) ? info.Title.trim() : null;
    return { pages, title };
  } finally {
    await doc.destroy();
  }
}
