/**
 * Revue: one document. The page (left) with every mention drawn on its words, the mention list
 * and why the selected one was proposed (right), a toolbar with a visible button for every action,
 * and the keyboard loop (useActionQueue.ts, keys.ts): one key decides and moves on.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MentionRecord } from '../../main/api/contract.js';
import { getApi } from '../api/client.js';
import { apiErrorNotice, useNotice } from '../app/notice.js';
import { documentName } from '../app/shown.js';
import { ErrorLine } from '../app/TechnicalDetail.js';
import { useApiEvents } from '../app/useEvents.js';
import { t, warningText } from '../i18n/fr.js';
import { moveSpanByToken, rectsForSpan } from '../page/boxes.js';
import { Legend } from './Legend.js';
import { MentionList } from './MentionList.js';
import { DocumentDate } from './DocumentDate.js';
import { inOrder, nextWhere, stepFrom } from './navigation.js';
import { PagePane } from './PagePane.js';
import { LOW_OCR_CONFIDENCE } from './PageView.js';
import { ReviewDialogs, type Dialog } from './ReviewDialogs.js';
import { ReviewToolbar } from './ReviewToolbar.js';
import { selectedSpan } from './selection.js';
import { useActionQueue, type ReviewHandlers } from './useActionQueue.js';
import { useDocumentData } from './useDocumentData.js';
import { usePageLoader } from './usePageLoader.js';
import { WhyPanel } from './WhyPanel.js';

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3];

export function ReviewScreen(props: { documentId: number }) {
  const notify = useNotice();
  const data = useDocumentData(props.documentId);
  const { mentions, setMentions, loadPage } = data;
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [pageNumber, setPageNumber] = useState(1);
  const [zoom, setZoom] = useState(1);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const pageArea = useRef<HTMLDivElement>(null);
  const selected = useMemo(() => mentions.find((mention) => mention.id === selectedId), [mentions, selectedId]);
  const pageCount = data.detail?.pages.length ?? 0;
  const { page, baseScale, fitted } = usePageLoader(loadPage, data.loadedPage, pageNumber, pageCount, pageArea);
  const scale = zoom * baseScale;

  // Turning to a page starts its picture at once, beside its boxes (once the scale is known: the
  // first page fixes it). A page read ahead is already there: this finds it in the cache.
  const { paintAhead } = data;
  useEffect(() => {
    if (fitted) paintAhead(pageNumber, scale);
  }, [fitted, paintAhead, pageNumber, scale]);

  // The first pending mention (or the first one) is selected when the document opens, and again
  // when the selected one is gone (a re-extraction replaces the pending mentions).
  useEffect(() => {
    if (selectedId !== null && mentions.some((mention) => mention.id === selectedId)) return;
    const first = mentions.find((mention) => mention.status === 'pending') ?? mentions[0];
    if (first !== undefined) {
      setSelectedId(first.id);
      setPageNumber(first.page);
    }
  }, [mentions, selectedId]);

  // The selected mention is scrolled into view on the page.
  useEffect(() => {
    const element = pageArea.current?.querySelector(`.highlight[data-mention-id="${selectedId}"]`);
    element?.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' as ScrollBehavior });
  }, [selectedId, page, zoom]);

  useApiEvents((event) => {
    if (event.type === 'reextract-finished') void data.reloadMentions();
  });

  const select = useCallback((mention: MentionRecord | undefined) => {
    if (mention === undefined) return;
    setSelectedId(mention.id);
    setPageNumber(mention.page);
  }, []);
  // Stable, so the memoised list is not drawn again when only the page changes.
  const selectInList = useCallback((id: number) => select(mentions.find((mention) => mention.id === id)), [mentions, select]);

  const replace = useCallback((updated: MentionRecord) => setMentions((current) => inOrder(current.map((mention) => (mention.id === updated.id ? updated : mention)))), [setMentions]);

  const decide = async (status: 'accepted' | 'rejected'): Promise<void> => {
    if (selected === undefined) return;
    const api = getApi();
    const result = status === 'accepted' ? await api.acceptMention({ mentionId: selected.id }) : await api.rejectMention({ mentionId: selected.id });
    if (!result.ok) return notify(apiErrorNotice(result.error));
    const updated = mentions.map((mention) => (mention.id === result.value.id ? result.value : mention));
    replace(result.value);
    const next = nextWhere(updated, selected.id, (mention) => mention.status === 'pending');
    if (next === undefined) notify({ kind: 'info', text: t.review.noneLeft });
    select(next ?? stepFrom(updated, selected.id, 1));
  };

  const undo = async (): Promise<void> => {
    const result = await getApi().undo({});
    if (!result.ok) return notify(result.error.code === 'NOTHING_TO_UNDO' ? { kind: 'info', text: t.review.nothingToUndo } : apiErrorNotice(result.error));
    const before = mentions.filter((mention) => mention.status !== 'pending').length;
    const list = await data.reloadMentions();
    const changed = Math.abs(list.filter((mention) => mention.status !== 'pending').length - before);
    notify({ kind: 'info', text: t.review.undone(Math.max(1, changed)) });
    const target = list.find((mention) => mention.id === result.value.mentionId);
    if (target !== undefined) select(target);
  };

  const resize = async (side: 'left' | 'right', how: 'extend' | 'shrink'): Promise<void> => {
    if (selected === undefined) return;
    const loaded = await loadPage(selected.page);
    const span = moveSpanByToken(loaded.detail.text, selected, side, how);
    if (span === undefined) return;
    const result = await getApi().resizeMention({ mentionId: selected.id, start: span.start, end: span.end });
    if (!result.ok) return notify(apiErrorNotice(result.error));
    replace(result.value);
  };

  const addFromSelection = async (): Promise<void> => {
    const loaded = page;
    const span = loaded === null ? undefined : selectedSpan(pageArea.current?.querySelector('.text-layer') ?? null, loaded.detail.text);
    if (loaded === null || span === undefined) return notify({ kind: 'info', text: t.review.selectFirst });
    const reading = await getApi().readSpan({ documentId: props.documentId, page: loaded.detail.number, ...span });
    setDialog({ kind: 'add', ...span, text: loaded.detail.text.slice(span.start, span.end), reading: reading.ok ? reading.value : null });
  };

  const nextLowOcr = async (): Promise<void> => {
    const start = mentions.findIndex((mention) => mention.id === selectedId);
    for (let offset = 1; offset <= mentions.length; offset += 1) {
      const mention = mentions[(start + offset) % mentions.length];
      if (mention === undefined || mention.source !== 'ocr') continue;
      const loaded = await loadPage(mention.page);
      const unsure = loaded.runs.some((run) => run.confidence !== null && run.confidence < LOW_OCR_CONFIDENCE && run.start < mention.end && run.end > mention.start);
      if (unsure) return select(mention);
    }
    notify({ kind: 'info', text: t.review.noLowOcr });
  };

  const handlers: ReviewHandlers = {
    next: () => select(stepFrom(mentions, selectedId, 1)),
    previous: () => select(stepFrom(mentions, selectedId, -1)),
    accept: () => decide('accepted'),
    reject: () => decide('rejected'),
    edit: () => {
      if (selected !== undefined) setDialog({ kind: 'edit', focus: 'value' });
    },
    changeType: () => {
      if (selected !== undefined) setDialog({ kind: 'edit', focus: 'type' });
    },
    undo,
    extendLeft: () => resize('left', 'extend'),
    shrinkLeft: () => resize('left', 'shrink'),
    shrinkRight: () => resize('right', 'shrink'),
    extendRight: () => resize('right', 'extend'),
    addFromSelection,
    nextPending: () => {
      const next = nextWhere(mentions, selectedId, (mention) => mention.status === 'pending');
      if (next === undefined) notify({ kind: 'info', text: t.review.noneLeft });
      select(next);
    },
    nextLowOcr,
    bulk: () => {
      if (selected !== undefined) setDialog({ kind: 'bulk' });
    },
    nextPage: () => setPageNumber((current) => Math.min(pageCount, current + 1)),
    previousPage: () => setPageNumber((current) => Math.max(1, current - 1)),
    zoomIn: () => setZoom((current) => ZOOMS.find((step) => step > current) ?? current),
    zoomOut: () => setZoom((current) => [...ZOOMS].reverse().find((step) => step < current) ?? current),
    help: () => setDialog((current) => (current?.kind === 'help' ? null : { kind: 'help' })),
  };

  const act = useActionQueue(handlers, dialog !== null);

  const pageInfo = data.detail?.pages.find((each) => each.number === pageNumber);
  const pending = mentions.filter((mention) => mention.status === 'pending').length;
  const onPage = useMemo(() => mentions.filter((mention) => mention.page === pageNumber), [mentions, pageNumber]);
  const selectedRects = selected !== undefined && page !== null && selected.page === page.detail.number ? rectsForSpan(page.runs, selected.start, selected.end).length : 0;
  const title = data.detail === null ? t.review.loading : documentName(data.detail.document);

  if (data.error !== null) return <ErrorLine error={data.error} />;
  const warnings = data.detail?.document.warnings ?? [];
  return (
    <div className="review">
      <div className="review-header">
        <a href="#/" className="back">
          ← {t.review.back}
        </a>
        <h1>{title}</h1>
        <span className="muted">{t.review.counts(pending, mentions.length)}</span>
        <DocumentDate documentId={props.documentId} onDatesReread={data.reloadMentions} />
      </div>
      {warnings.length > 0 ? (
        <section className="warning import-warnings" aria-label={t.review.warnings}>
          <p>{t.review.warningsIntro(warnings.length)}</p>
          <ul>
            {warnings.map((warning, index) => (
              <li key={index}>{warningText(warning)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <ReviewToolbar onAct={act} hasSelection={selected !== undefined} />
      <div className="review-body">
        <PagePane
          pageNumber={pageNumber}
          pageCount={pageCount}
          zoom={zoom}
          scale={scale}
          pageInfo={pageInfo}
          noOriginal={data.noOriginal}
          paint={data.paintPage}
          painted={data.paintedPage}
          paintAhead={paintAhead}
          page={page}
          mentions={onPage}
          selectedId={selectedId}
          selectedRects={selectedRects}
          scroller={pageArea}
          onAct={act}
          onSelect={setSelectedId}
        />
        <aside className="list-pane">
          <WhyPanel mention={selected} />
          <MentionList mentions={mentions} selectedId={selectedId} onSelect={selectInList} />
          <Legend />
        </aside>
      </div>
      <ReviewDialogs
        dialog={dialog}
        documentId={props.documentId}
        pageNumber={pageNumber}
        selected={selected}
        onClose={() => setDialog(null)}
        onChanged={replace}
        onAdded={(added) => {
          setMentions((current) => inOrder([...current, added]));
          select(added);
        }}
        onReload={data.reloadMentions}
      />
    </div>
  );
}
