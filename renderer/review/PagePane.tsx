/**
 * The left half of Revue: the page bar (page turn, zoom, where the text came from, the OCR
 * shading switch) above the page itself.
 */
import { useState, type RefObject } from 'react';
import type { DocumentDetail, MentionRecord, PageDetail } from '../../main/api/contract.js';
import { t } from '../i18n/fr.js';
import type { ReviewAction } from './keys.js';
import { PageView } from './PageView.js';
import { ToolButton } from './ReviewToolbar.js';
import type { LoadedPage } from './useDocumentData.js';

export interface PagePaneProps {
  readonly pageNumber: number;
  readonly pageCount: number;
  readonly zoom: number;
  readonly scale: number;
  readonly pageInfo: DocumentDetail['pages'][number] | undefined;
  readonly noOriginal: boolean;
  readonly paint: (page: PageDetail, scale: number) => Promise<HTMLCanvasElement>;
  readonly painted: (page: number, scale: number) => HTMLCanvasElement | undefined;
  readonly paintAhead: (number: number, scale: number) => void;
  /** The page to draw, or null while it loads. */
  readonly page: LoadedPage | null;
  readonly mentions: readonly MentionRecord[];
  readonly selectedId: number | null;
  /** How many rectangles the selected mention is drawn with (tests read it). */
  readonly selectedRects: number;
  readonly scroller: RefObject<HTMLDivElement | null>;
  readonly onAct: (action: ReviewAction) => void;
  readonly onSelect: (mentionId: number) => void;
}

function SourceBadge(props: { info: PagePaneProps['pageInfo'] }) {
  const ocr = props.info?.source === 'ocr';
  return (
    <span className={`source source-${ocr ? 'ocr' : 'text'}`} data-testid="page-source">
      {ocr ? t.review.sourceOcr(props.info?.ocrConfidence ?? null) : t.review.sourceText}
    </span>
  );
}

export function PagePane(props: PagePaneProps) {
  const [shadeLowOcr, setShadeLowOcr] = useState(false);
  const act = props.onAct;
  return (
    <section className="page-pane" aria-label={t.review.page(props.pageNumber, props.pageCount)}>
      <div className="page-bar">
        <ToolButton action="previousPage" label={t.review.previousPage} onAct={act} disabled={props.pageNumber <= 1} />
        <span aria-live="polite">{t.review.page(props.pageNumber, props.pageCount)}</span>
        <ToolButton action="nextPage" label={t.review.nextPage} onAct={act} disabled={props.pageNumber >= props.pageCount} />
        <ToolButton action="zoomOut" label={t.review.zoomOut} onAct={act} />
        <span>{t.review.zoom(Math.round(props.zoom * 100))}</span>
        <ToolButton action="zoomIn" label={t.review.zoomIn} onAct={act} />
        <SourceBadge info={props.pageInfo} />
        {props.pageInfo?.source === 'ocr' ? (
          <label>
            <input type="checkbox" checked={shadeLowOcr} onChange={(event) => setShadeLowOcr(event.target.checked)} /> {t.review.shadeLowOcr}
          </label>
        ) : null}
      </div>
      {props.noOriginal ? <p className="warning">{t.review.noOriginal}</p> : null}
      <div className="page-scroll" ref={props.scroller} data-selected-rects={props.selectedRects}>
        <PageView paint={props.noOriginal ? null : props.paint} painted={props.painted} paintAhead={props.paintAhead} page={props.page} mentions={props.mentions} selectedId={props.selectedId} scale={props.scale} shadeLowOcr={shadeLowOcr} onSelect={props.onSelect} />
      </div>
    </section>
  );
}
