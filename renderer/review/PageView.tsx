/**
 * One page: the PDF page rendered by pdf.js (a text page, or the scan of an OCR page) at the
 * screen's resolution, the mentions drawn on their words (colour by type, style by status; one
 * rectangle per line a mention crosses), a transparent text layer placed on the same boxes so
 * text can be selected, and, on OCR pages, words below the confidence threshold shaded.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { memo, useEffect, useMemo, useRef } from 'react';
import type { MentionRecord } from '../../main/api/contract.js';
import { TYPE_LABELS, STATUS_LABELS, t } from '../i18n/fr.js';
import { rectsForSpan, type Rect, type Run } from '../page/boxes.js';
import { drawBitmap, pageBitmap } from '../page/pdf.js';
import { typeStyle } from './type-colours.js';
import type { LoadedPage } from './useDocumentData.js';

/** OCR words below this confidence (0..100) count as unsure. */
export const LOW_OCR_CONFIDENCE = 60;

function box(rect: Rect, scale: number): React.CSSProperties {
  return { left: rect.x0 * scale, top: rect.y0 * scale, width: Math.max(1, (rect.x1 - rect.x0) * scale), height: Math.max(1, (rect.y1 - rect.y0) * scale) };
}

const TextLayer = memo(function TextLayer(props: { runs: readonly Run[]; text: string; scale: number }) {
  return (
    <div className="text-layer" data-testid="text-layer">
      {props.runs.map((run) => {
        const height = (run.rect.y1 - run.rect.y0) * props.scale;
        const content = props.text.slice(run.start, run.end);
        return (
          <span
            key={run.start}
            data-start={run.start}
            style={{ ...box(run.rect, props.scale), fontSize: height * 0.85, lineHeight: `${height}px`, letterSpacing: 0 }}
            ref={(span) => {
              // Stretch the text to its box so a selection covers what the eye sees.
              if (span === null || span.scrollWidth === 0) return;
              span.style.transform = `scaleX(${((run.rect.x1 - run.rect.x0) * props.scale) / span.scrollWidth})`;
            }}
          >
            {content}
          </span>
        );
      })}
    </div>
  );
});

export interface PageViewProps {
  readonly pdf: PDFDocumentProxy | null;
  readonly page: LoadedPage | null;
  readonly mentions: readonly MentionRecord[];
  readonly selectedId: number | null;
  readonly scale: number;
  readonly shadeLowOcr: boolean;
  readonly onSelect: (mentionId: number) => void;
}

export function PageView(props: PageViewProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const detail = props.page?.detail;
  useEffect(() => {
    const pdf = props.pdf;
    if (pdf === null || detail === undefined || canvas.current === null) return;
    const target = canvas.current;
    let live = true;
    delete target.dataset.rendered;
    // `data-rendered` tells tests and the UI benchmark which page the canvas finished painting.
    void pageBitmap(pdf, detail.number, props.scale)
      .then((bitmap) => {
        if (!live) return; // a later page or zoom took the canvas meanwhile
        drawBitmap(target, bitmap);
        target.dataset.rendered = String(detail.number);
        // Read the next page ahead, so turning the page shows it at once.
        if (detail.number < pdf.numPages) void pageBitmap(pdf, detail.number + 1, props.scale).catch(() => undefined);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [props.pdf, detail, props.scale]);

  const drawn = useMemo(
    () => (props.page === null ? [] : props.mentions.map((mention) => ({ mention, rects: rectsForSpan(props.page?.runs ?? [], mention.start, mention.end) }))),
    [props.page, props.mentions],
  );

  if (detail === undefined || props.page === null) return <div className="page-placeholder">{t.review.loading}</div>;
  const width = detail.width * props.scale;
  const height = detail.height * props.scale;
  return (
    <div className="page" style={{ width, height }} data-page={detail.number} data-source={detail.source} data-scale={props.scale}>
      {props.pdf !== null ? (
        <canvas ref={canvas} role="img" aria-label={t.review.pageImage(detail.number)} />
      ) : (
        <pre className="page-text-fallback">{detail.text}</pre>
      )}
      {props.shadeLowOcr
        ? props.page.runs
            .filter((run) => run.confidence !== null && run.confidence < LOW_OCR_CONFIDENCE)
            .map((run) => <div key={`low-${run.start}`} className="low-ocr" style={box(run.rect, props.scale)} />)
        : null}
      <TextLayer runs={props.page.runs} text={detail.text} scale={props.scale} />
      <div className="highlights">
        {drawn.map(({ mention, rects }) =>
          rects.map((rect, index) => (
            <div
              key={`${mention.id}-${index}`}
              className={`highlight type-${mention.type} status-${mention.status} ${mention.id === props.selectedId ? 'selected' : ''}`}
              data-mention-id={mention.id}
              data-testid="highlight"
              title={`${TYPE_LABELS[mention.type]} · ${STATUS_LABELS[mention.status]} · ${mention.text}`}
              style={{ ...box(rect, props.scale), ...typeStyle(mention.type) }}
              onClick={() => props.onSelect(mention.id)}
            />
          )),
        )}
      </div>
    </div>
  );
}
