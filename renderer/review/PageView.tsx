/**
 * One page: the page painted at the screen's resolution (rendered by pdf.js, or a scan's stored
 * image; see useDocumentData.ts), the mentions drawn on their words (colour by type, style by status; one
 * rectangle per line a mention crosses), a transparent text layer placed on the same boxes so
 * text can be selected, and, on OCR pages, words below the confidence threshold shaded.
 */
import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import type { MentionRecord, PageDetail } from '../../main/api/contract.js';
import { TYPE_LABELS, STATUS_LABELS, t } from '../i18n/fr.js';
import { rectsForSpan, type Rect, type Run } from '../page/boxes.js';
import { typeStyle } from './type-colours.js';
import { shownInPlace, shownLine } from '../app/shown.js';
import { ShownText } from '../app/ShownText.js';
import type { LoadedPage } from './useDocumentData.js';

/** OCR words below this confidence (0..100) count as unsure. */
export const LOW_OCR_CONFIDENCE = 60;

function box(rect: Rect, scale: number): React.CSSProperties {
  return { left: rect.x0 * scale, top: rect.y0 * scale, width: Math.max(1, (rect.x1 - rect.x0) * scale), height: Math.max(1, (rect.y1 - rect.y0) * scale) };
}

/** A 2D context for measuring text: no layout, unlike reading each span's width from the page. */
let measuring: CanvasRenderingContext2D | null | undefined;

/**
 * How much each run's text must be narrowed to fit its box (a span is as wide as its box, so
 * text narrower than the box is left as it is). Measured on a canvas in the text layer's font:
 * reading each span's width back from the page forced one layout per span (over a second for a
 * scanned page's few hundred words on a busy machine).
 */
function stretches(runs: readonly Run[], text: string, scale: number, fontFamily: string): number[] {
  measuring ??= document.createElement('canvas').getContext('2d');
  const context = measuring;
  if (context === null) return runs.map(() => 1);
  // Measured once at a fixed size and scaled: text width is proportional to font size, and
  // setting the context's font for each run would parse a font string for each.
  context.font = `${MEASURE_PX}px ${fontFamily}`;
  return runs.map((run) => {
    const size = (run.rect.y1 - run.rect.y0) * scale * TEXT_SIZE;
    const width = (context.measureText(text.slice(run.start, run.end)).width * size) / MEASURE_PX;
    return width > 0 ? Math.min(1, ((run.rect.x1 - run.rect.x0) * scale) / width) : 1;
  });
}

/** Font size the text layer's runs are measured at. */
const MEASURE_PX = 100;
/** The text's font size as a fraction of its box's height. */
const TEXT_SIZE = 0.85;

const TextLayer = memo(function TextLayer(props: { runs: readonly Run[]; text: string; scale: number }) {
  // The spans inherit the page's font (styles.css); read once, it does not change.
  const scaleX = useMemo(() => stretches(props.runs, shownInPlace(props.text), props.scale, getComputedStyle(document.body).fontFamily), [props.runs, props.text, props.scale]);
  return (
    <div className="text-layer" data-testid="text-layer">
      {props.runs.map((run, index) => {
        const height = (run.rect.y1 - run.rect.y0) * props.scale;
        return (
          <span
            key={run.start}
            data-start={run.start}
            // Fitted to its box so a selection covers what the eye sees.
            style={{ ...box(run.rect, props.scale), fontSize: height * TEXT_SIZE, lineHeight: `${height}px`, letterSpacing: 0, transform: `scaleX(${scaleX[index] ?? 1})` }}
          >
            {/* One visible character for each control or bidi one: nothing reorders, offsets stay those of the stored text. */}
            {shownInPlace(props.text.slice(run.start, run.end))}
          </span>
        );
      })}
    </div>
  );
});

export interface PageViewProps {
  /** Paints a page (useDocumentData.ts); null when the original cannot be found: the text is shown instead. */
  readonly paint: ((page: PageDetail, scale: number) => Promise<HTMLCanvasElement>) | null;
  /** The page's picture if it is already painted (read ahead), else undefined. */
  readonly painted: (page: number, scale: number) => HTMLCanvasElement | undefined;
  /** Paints a page ahead of its being shown. */
  readonly paintAhead: (number: number, scale: number) => void;
  readonly page: LoadedPage | null;
  readonly mentions: readonly MentionRecord[];
  readonly selectedId: number | null;
  readonly scale: number;
  readonly shadeLowOcr: boolean;
  readonly onSelect: (mentionId: number) => void;
}

export function PageView(props: PageViewProps) {
  const slot = useRef<HTMLDivElement>(null);
  const detail = props.page?.detail;
  const { paint, painted, paintAhead, scale } = props;
  // A layout effect: a picture already painted is put on the page before the browser shows the
  // frame, so the page, its text layer and its highlights appear together.
  useLayoutEffect(() => {
    if (paint === null || detail === undefined || slot.current === null) return;
    const target = slot.current;
    let live = true;
    const show = (canvas: HTMLCanvasElement): void => {
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', t.review.pageImage(detail.number));
      // `data-rendered` tells tests and the UI benchmark which page the canvas shows, painted.
      canvas.dataset.rendered = String(detail.number);
      if (canvas.parentNode !== target) target.replaceChildren(canvas);
      // Paint the next page ahead (and read its boxes), so turning the page shows it at once.
      paintAhead(detail.number + 1, scale);
    };
    const ready = painted(detail.number, scale);
    if (ready !== undefined) show(ready);
    else {
      // Never the last page's picture under this page's highlights; at a new zoom, the page's
      // picture at the last one stays until the new one is painted, no longer marked as painted.
      const shown = target.firstElementChild as HTMLElement | null;
      if (shown?.dataset.rendered === String(detail.number)) delete shown.dataset.rendered;
      else target.replaceChildren();
      void paint(detail, scale)
        .then((canvas) => live && show(canvas)) // else a later page or zoom took the slot meanwhile
        .catch(() => undefined);
    }
    return () => {
      live = false;
    };
  }, [paint, painted, paintAhead, detail, scale]);

  const drawn = useMemo(
    () => (props.page === null ? [] : props.mentions.map((mention) => ({ mention, rects: rectsForSpan(props.page?.runs ?? [], mention.start, mention.end) }))),
    [props.page, props.mentions],
  );

  if (detail === undefined || props.page === null) return <div className="page-placeholder">{t.review.loading}</div>;
  const width = detail.width * props.scale;
  const height = detail.height * props.scale;
  return (
    <div className="page" style={{ width, height }} data-page={detail.number} data-source={detail.source} data-scale={props.scale}>
      {props.paint !== null ? (
        // The page's picture, a canvas painted ahead (useDocumentData.ts), is put here as it is.
        <div ref={slot} className="page-picture" />
      ) : (
        <pre className="page-text-fallback">
          <ShownText text={detail.text} />
        </pre>
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
              title={`${TYPE_LABELS[mention.type]} · ${STATUS_LABELS[mention.status]} · ${shownLine(mention.text)}`}
              style={{ ...box(rect, props.scale), ...typeStyle(mention.type) }}
              onClick={() => props.onSelect(mention.id)}
            />
          )),
        )}
      </div>
    </div>
  );
}
