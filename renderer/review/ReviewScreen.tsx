/**
 * Revue: one document. The page (left) with every mention drawn on its words, the mention list
 * (right), a toolbar with a visible button for every action, and the keyboard loop (keys.ts):
 * one key decides and moves on.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MentionRecord, SpanReading } from '../../main/api/contract.js';
import { getApi } from '../api/client.js';
import { useNotice } from '../app/notice.js';
import { useApiEvents } from '../app/useEvents.js';
import { t } from '../i18n/fr.js';
import { moveSpanByToken, rectsForSpan } from '../page/boxes.js';
import { AddDialog, BulkDialog, EditDialog, HelpOverlay, type MentionFields } from './dialogs.js';
import { actionForKey, keyLabel, type ReviewAction } from './keys.js';
import { MentionList } from './MentionList.js';
import { inOrder, nextWhere, stepFrom } from './navigation.js';
import { LOW_OCR_CONFIDENCE, PageView } from './PageView.js';
import { selectedSpan } from './selection.js';
import { useDocumentData, type LoadedPage } from './useDocumentData.js';

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3];
/** CSS pixels per PDF point at 100 %: a 21 cm page is about 800 px wide. */
const BASE_SCALE = 1.33;
/** Key presses waiting while an action runs; more are ignored (a key held down). */
const MAX_QUEUED_ACTIONS = 8;

type Dialog =
  | { readonly kind: 'edit'; readonly focus: 'value' | 'type' }
  | { readonly kind: 'add'; readonly start: number; readonly end: number; readonly text: string; readonly reading: SpanReading | null }
  | { readonly kind: 'bulk' }
  | { readonly kind: 'help' };

/** Keys typed in a text field or a list belong to it; a checkbox or a button lets them through. */
function isTextEntry(element: HTMLElement): boolean {
  if (element.isContentEditable || element.tagName === 'TEXTAREA' || element.tagName === 'SELECT') return true;
  return element.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit', 'range'].includes((element as HTMLInputElement).type);
}

function ToolButton(props: { action: ReviewAction; label: string; onAct: (action: ReviewAction) => void; disabled?: boolean; className?: string }) {
  const key = keyLabel(props.action);
  return (
    <button type="button" className={props.className} onClick={() => props.onAct(props.action)} disabled={props.disabled} aria-keyshortcuts={key || undefined} title={`${props.label} (${key})`}>
      {props.label} <kbd>{key}</kbd>
    </button>
  );
}

export function ReviewScreen(props: { documentId: number }) {
  const notify = useNotice();
  const data = useDocumentData(props.documentId);
  const { mentions, setMentions, loadPage } = data;
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [pageNumber, setPageNumber] = useState(1);
  const [page, setPage] = useState<LoadedPage | null>(null);
  const [zoom, setZoom] = useState(1);
  const [baseScale, setBaseScale] = useState(BASE_SCALE);
  const [shadeLowOcr, setShadeLowOcr] = useState(false);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const pageArea = useRef<HTMLDivElement>(null);
  const selected = useMemo(() => mentions.find((mention) => mention.id === selectedId), [mentions, selectedId]);
  const pageCount = data.detail?.pages.length ?? 0;

  // The first pending mention (or the first one) is selected when the document opens.
  useEffect(() => {
    if (selectedId === null && mentions.length > 0) {
      const first = mentions.find((mention) => mention.status === 'pending') ?? mentions[0];
      if (first !== undefined) {
        setSelectedId(first.id);
        setPageNumber(first.page);
      }
    }
  }, [mentions, selectedId]);

  useEffect(() => {
    let live = true;
    if (pageCount === 0) return;
    loadPage(pageNumber)
      .then((loaded) => live && setPage(loaded))
      .catch((error: unknown) => notify({ kind: 'error', text: t.errors.generic(error instanceof Error ? error.message : String(error)) }));
    // The neighbours are read ahead, so turning the page shows it at once.
    if (pageNumber < pageCount) void loadPage(pageNumber + 1).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [loadPage, pageNumber, pageCount, notify]);

  // At 100 % a page fills the pane's width (up to BASE_SCALE): a landscape slide fits too.
  const firstWidth = page?.detail.width;
  useEffect(() => {
    const pane = pageArea.current;
    if (firstWidth === undefined || pane === null) return;
    setBaseScale((current) => (current === BASE_SCALE ? Math.min(BASE_SCALE, (pane.clientWidth - 40) / firstWidth) : current));
  }, [firstWidth]);

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

  const replace = useCallback((updated: MentionRecord) => setMentions((current) => inOrder(current.map((mention) => (mention.id === updated.id ? updated : mention)))), [setMentions]);

  const decide = async (status: 'accepted' | 'rejected'): Promise<void> => {
    if (selected === undefined) return;
    const api = getApi();
    const result = status === 'accepted' ? await api.acceptMention({ mentionId: selected.id }) : await api.rejectMention({ mentionId: selected.id });
    if (!result.ok) return notify({ kind: 'error', text: t.errors.api(result.error) });
    const updated = mentions.map((mention) => (mention.id === result.value.id ? result.value : mention));
    replace(result.value);
    const next = nextWhere(updated, selected.id, (mention) => mention.status === 'pending');
    if (next === undefined) notify({ kind: 'info', text: t.review.noneLeft });
    select(next ?? stepFrom(updated, selected.id, 1));
  };

  const undo = async (): Promise<void> => {
    const result = await getApi().undo({});
    if (!result.ok) return notify({ kind: result.error.code === 'NOTHING_TO_UNDO' ? 'info' : 'error', text: result.error.code === 'NOTHING_TO_UNDO' ? t.review.nothingToUndo : t.errors.api(result.error) });
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
    if (!result.ok) return notify({ kind: 'error', text: t.errors.api(result.error) });
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

  const handlers: Record<ReviewAction, () => void | Promise<void>> = {
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

  // Actions run one after another, each on the state the previous one left: a fast reviewer's
  // keys are queued (up to a few), never dropped nor raced against each other.
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  const queue = useRef<ReviewAction[]>([]);
  const draining = useRef(false);
  const act = useCallback(
    (action: ReviewAction): void => {
      if (queue.current.length >= MAX_QUEUED_ACTIONS) return;
      queue.current.push(action);
      if (draining.current) return;
      draining.current = true;
      void (async () => {
        for (let next = queue.current.shift(); next !== undefined; next = queue.current.shift()) {
          try {
            await handlersRef.current[next]();
          } catch (error) {
            notify({ kind: 'error', text: t.errors.generic(error instanceof Error ? error.message : String(error)) });
          }
          // Let React commit the new state before the next action reads it.
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        }
        draining.current = false;
      })();
    },
    [notify],
  );
  const actRef = useRef(act);
  actRef.current = act;

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (dialog !== null) return;
      const target = event.target as HTMLElement | null;
      if (target !== null && isTextEntry(target)) return;
      const action = actionForKey(event);
      // Entrée on a focused button presses that button, not "accept".
      if (action === undefined || (event.key === 'Enter' && target?.tagName === 'BUTTON')) return;
      event.preventDefault();
      actRef.current(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog]);

  const saveEdit = async (fields: MentionFields): Promise<void> => {
    if (selected === undefined) return;
    setDialog(null);
    const changes: { type?: MentionFields['type']; value?: string; unit?: string | null } = {};
    if (fields.type !== selected.type) changes.type = fields.type;
    if (fields.value !== selected.value) changes.value = fields.value;
    if (fields.unit !== selected.unit) changes.unit = fields.unit;
    if (Object.keys(changes).length === 0) return;
    const result = await getApi().editMention({ mentionId: selected.id, changes });
    if (result.ok) replace(result.value);
    else notify({ kind: 'error', text: t.errors.api(result.error) });
  };

  const saveAdd = async (fields: MentionFields, span: { start: number; end: number }): Promise<void> => {
    setDialog(null);
    const result = await getApi().addMention({ documentId: props.documentId, page: pageNumber, start: span.start, end: span.end, type: fields.type, value: fields.value, unit: fields.unit });
    if (!result.ok) return notify({ kind: 'error', text: t.errors.api(result.error) });
    setMentions((current) => inOrder([...current, result.value]));
    window.getSelection()?.removeAllRanges();
    select(result.value);
  };

  const loadBulk = useCallback(
    async (match: 'rule' | 'text', scope: 'page' | 'document') => {
      if (selectedId === null) return [];
      const result = await getApi().previewBulk({ mentionId: selectedId, match, scope });
      return result.ok ? result.value : [];
    },
    [selectedId],
  );

  const applyBulk = async (chosen: readonly MentionRecord[]): Promise<void> => {
    setDialog(null);
    const result = await getApi().applyBulk({ mentionIds: chosen.map((mention) => mention.id), status: 'rejected' });
    if (!result.ok) return notify({ kind: 'error', text: t.errors.api(result.error) });
    await data.reloadMentions();
    notify({ kind: 'info', text: t.bulk.applied(result.value.changed) });
  };

  const pageInfo = data.detail?.pages.find((each) => each.number === pageNumber);
  const pending = mentions.filter((mention) => mention.status === 'pending').length;
  const onPage = useMemo(() => mentions.filter((mention) => mention.page === pageNumber), [mentions, pageNumber]);
  const selectedSplit = selected !== undefined && page !== null && selected.page === page.detail.number ? rectsForSpan(page.runs, selected.start, selected.end).length : 0;

  if (data.error !== null) return <p className="error-text">{t.errors.generic(data.error)}</p>;
  return (
    <div className="review">
      <div className="review-header">
        <a href="#/" className="back">
          ← {t.review.back}
        </a>
        <h1>{data.detail?.document.title ?? data.detail?.document.fileName ?? t.review.loading}</h1>
        <span className="muted">{t.review.counts(pending, mentions.length)}</span>
      </div>
      <div className="toolbar" role="toolbar" aria-label={t.review.actions}>
        <ToolButton action="previous" label={t.review.previous} onAct={act} />
        <ToolButton action="next" label={t.review.next} onAct={act} />
        <ToolButton action="accept" label={t.review.accept} onAct={act} disabled={selected === undefined} className="accept" />
        <ToolButton action="reject" label={t.review.reject} onAct={act} disabled={selected === undefined} className="reject" />
        <ToolButton action="edit" label={t.review.edit} onAct={act} disabled={selected === undefined} />
        <ToolButton action="changeType" label={t.review.changeType} onAct={act} disabled={selected === undefined} />
        <ToolButton action="undo" label={t.review.undo} onAct={act} />
        <span className="toolbar-group">
          <ToolButton action="extendLeft" label={t.review.extendLeft} onAct={act} disabled={selected === undefined} />
          <ToolButton action="shrinkLeft" label={t.review.shrinkLeft} onAct={act} disabled={selected === undefined} />
          <ToolButton action="shrinkRight" label={t.review.shrinkRight} onAct={act} disabled={selected === undefined} />
          <ToolButton action="extendRight" label={t.review.extendRight} onAct={act} disabled={selected === undefined} />
        </span>
        <ToolButton action="addFromSelection" label={t.review.addFromSelection} onAct={act} />
        <ToolButton action="nextPending" label={t.review.nextPending} onAct={act} />
        <ToolButton action="nextLowOcr" label={t.review.nextLowOcr} onAct={act} />
        <ToolButton action="bulk" label={t.review.bulk} onAct={act} disabled={selected === undefined} />
        <ToolButton action="help" label={t.review.help} onAct={act} />
      </div>
      <div className="review-body">
        <section className="page-pane" aria-label={t.review.page(pageNumber, pageCount)}>
          <div className="page-bar">
            <ToolButton action="previousPage" label={t.review.previousPage} onAct={act} disabled={pageNumber <= 1} />
            <span aria-live="polite">{t.review.page(pageNumber, pageCount)}</span>
            <ToolButton action="nextPage" label={t.review.nextPage} onAct={act} disabled={pageNumber >= pageCount} />
            <ToolButton action="zoomOut" label={t.review.zoomOut} onAct={act} />
            <span>{t.review.zoom(Math.round(zoom * 100))}</span>
            <ToolButton action="zoomIn" label={t.review.zoomIn} onAct={act} />
            <span className={`source source-${pageInfo?.source ?? 'text'}`} data-testid="page-source">
              {pageInfo?.source === 'ocr' ? t.review.sourceOcr(pageInfo.ocrConfidence) : t.review.sourceText}
            </span>
            {pageInfo?.source === 'ocr' ? (
              <label>
                <input type="checkbox" checked={shadeLowOcr} onChange={(event) => setShadeLowOcr(event.target.checked)} /> {t.review.shadeLowOcr}
              </label>
            ) : null}
          </div>
          {data.noOriginal ? <p className="warning">{t.review.noOriginal}</p> : null}
          <div className="page-scroll" ref={pageArea} data-selected-rects={selectedSplit}>
            <PageView pdf={data.pdf} page={page?.detail.number === pageNumber ? page : null} mentions={onPage} selectedId={selectedId} scale={zoom * baseScale} shadeLowOcr={shadeLowOcr} onSelect={(id) => setSelectedId(id)} />
          </div>
        </section>
        <aside className="list-pane">
          <MentionList mentions={mentions} selectedId={selectedId} onSelect={(id) => select(mentions.find((mention) => mention.id === id))} />
        </aside>
      </div>
      {dialog?.kind === 'edit' && selected !== undefined ? <EditDialog mention={selected} focus={dialog.focus} onSave={(fields) => void saveEdit(fields)} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'add' ? <AddDialog text={dialog.text} reading={dialog.reading} onSave={(fields) => void saveAdd(fields, dialog)} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'bulk' ? <BulkDialog load={loadBulk} onApply={(chosen) => void applyBulk(chosen)} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'help' ? <HelpOverlay onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
