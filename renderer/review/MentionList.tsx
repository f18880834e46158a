/**
 * The document's mentions grouped by page, virtualised: raw text, then the normalised value and
 * unit side by side (`12,5 ETP → 12.5 · ETP`), type, confidence, rule and status. Clicking a
 * mention selects it (the page scrolls to it); selecting on the page scrolls the list here.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef } from 'react';
import type { MentionRecord } from '../../main/api/contract.js';
import { formatValue, STATUS_LABELS, t, TYPE_LABELS } from '../i18n/fr.js';
import { typeStyle } from './type-colours.js';
import { shownLine } from '../app/shown.js';

const PAGE_ROW_HEIGHT = 30;
const MENTION_ROW_HEIGHT = 54;

type Row = { readonly kind: 'page'; readonly page: number; readonly count: number } | { readonly kind: 'mention'; readonly mention: MentionRecord };

function rowsOf(mentions: readonly MentionRecord[]): Row[] {
  const rows: Row[] = [];
  let page = -1;
  for (const [index, mention] of mentions.entries()) {
    if (mention.page !== page) {
      page = mention.page;
      let count = 0;
      for (let next = index; next < mentions.length && mentions[next]?.page === page; next += 1) count += 1;
      rows.push({ kind: 'page', page, count });
    }
    rows.push({ kind: 'mention', mention });
  }
  return rows;
}

export const MentionList = memo(function MentionList(props: { mentions: readonly MentionRecord[]; selectedId: number | null; onSelect: (mentionId: number) => void }) {
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => rowsOf(props.mentions), [props.mentions]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    // Fixed heights (long texts are cut with an ellipsis, whole in the tooltip): nothing to
    // measure, so rows never overlap when mentions are added, removed or changed.
    estimateSize: (index) => (rows[index]?.kind === 'page' ? PAGE_ROW_HEIGHT : MENTION_ROW_HEIGHT),
    // Measured heights follow the row, not its index: adding or removing a mention shifts indexes.
    getItemKey: (index) => {
      const row = rows[index];
      return row === undefined ? index : row.kind === 'page' ? `page-${row.page}` : row.mention.id;
    },
    overscan: 12,
  });
  useEffect(() => {
    const index = rows.findIndex((row) => row.kind === 'mention' && row.mention.id === props.selectedId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [props.selectedId, rows, virtualizer]);

  if (props.mentions.length === 0) return <p className="empty">{t.review.noMentions}</p>;
  return (
    <div ref={scroller} className="mention-list" role="listbox" aria-label={t.review.mentionsOf} aria-activedescendant={props.selectedId === null ? undefined : `mention-${props.selectedId}`}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (row === undefined) return null;
          const style = { position: 'absolute' as const, top: 0, left: 0, right: 0, height: item.size, transform: `translateY(${item.start}px)` };
          if (row.kind === 'page') {
            return (
              <div key={`page-${row.page}`} role="presentation" className="page-group" style={style}>
                {t.review.pageGroup(row.page, row.count)}
              </div>
            );
          }
          const mention = row.mention;
          const selected = mention.id === props.selectedId;
          return (
            <div
              key={mention.id}
              id={`mention-${mention.id}`}
              role="option"
              aria-selected={selected}
              aria-label={`${TYPE_LABELS[mention.type]} ${shownLine(mention.text)} → ${shownLine(mention.value)}${mention.unit === null ? '' : ` ${shownLine(mention.unit)}`}, ${STATUS_LABELS[mention.status]}`}
              data-mention-id={mention.id}
              data-status={mention.status}
              className={`mention-row type-${mention.type} status-${mention.status} ${selected ? 'selected' : ''}`}
              style={{ ...style, ...typeStyle(mention.type) }}
              title={`${shownLine(mention.text)} → ${shownLine(mention.value)}${mention.unit === null ? '' : ` · ${shownLine(mention.unit)}`}`}
              onClick={() => props.onSelect(mention.id)}
            >
              <div className="mention-main">
                <span className="type-chip">{TYPE_LABELS[mention.type]}</span>
                <span className="raw">{shownLine(mention.text)}</span>
                <span className="arrow">→</span>
                <span className="value">
                  {shownLine(formatValue(mention.type, mention.value))}
                  {mention.unit !== null ? <span className="unit"> · {shownLine(mention.unit)}</span> : null}
                </span>
              </div>
              <div className="mention-meta muted">
                <span className={`status status-${mention.status}`}>{STATUS_LABELS[mention.status]}</span> · {t.review.confidence(mention.confidence)} · {t.review.rule(mention.rule)}
                {mention.source === 'ocr' ? ' · OCR' : ''}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
});
