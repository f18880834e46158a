/**
 * The review dialog that is open (correct, add from a selection, reject the similar ones, keys
 * help) and what saving it asks of main; the screen hears back the mention changed or added.
 */
import { useCallback } from 'react';
import type { MentionRecord, SpanReading } from '../../main/api/contract.js';
import { getApi } from '../api/client.js';
import { apiErrorNotice, useNotice } from '../app/notice.js';
import { t } from '../i18n/fr.js';
import { AddDialog, BulkDialog, EditDialog, HelpOverlay, type MentionFields } from './dialogs.js';

export type Dialog =
  | { readonly kind: 'edit'; readonly focus: 'value' | 'type' }
  | { readonly kind: 'add'; readonly start: number; readonly end: number; readonly text: string; readonly reading: SpanReading | null }
  | { readonly kind: 'bulk' }
  | { readonly kind: 'help' };

export interface ReviewDialogsProps {
  readonly dialog: Dialog | null;
  readonly documentId: number;
  readonly pageNumber: number;
  readonly selected: MentionRecord | undefined;
  readonly onClose: () => void;
  /** A mention main changed (edited). */
  readonly onChanged: (mention: MentionRecord) => void;
  /** A mention added from the selection. */
  readonly onAdded: (mention: MentionRecord) => void;
  /** Many mentions changed (a bulk action): read them again. */
  readonly onReload: () => Promise<unknown>;
}

/** The fields of an edit that differ from the mention (an edit changing nothing is no call). */
function changesOf(mention: MentionRecord, fields: MentionFields): { type?: MentionFields['type']; value?: string; unit?: string | null } {
  const changes: { type?: MentionFields['type']; value?: string; unit?: string | null } = {};
  if (fields.type !== mention.type) changes.type = fields.type;
  if (fields.value !== mention.value) changes.value = fields.value;
  if (fields.unit !== mention.unit) changes.unit = fields.unit;
  return changes;
}

export function ReviewDialogs(props: ReviewDialogsProps) {
  const notify = useNotice();
  const { dialog, selected, onClose } = props;
  const selectedId = selected?.id;

  const saveEdit = async (mention: MentionRecord, fields: MentionFields): Promise<void> => {
    onClose();
    const changes = changesOf(mention, fields);
    if (Object.keys(changes).length === 0) return;
    const result = await getApi().editMention({ mentionId: mention.id, changes });
    if (result.ok) props.onChanged(result.value);
    else notify(apiErrorNotice(result.error));
  };

  const saveAdd = async (fields: MentionFields, span: { start: number; end: number }): Promise<void> => {
    onClose();
    const result = await getApi().addMention({ documentId: props.documentId, page: props.pageNumber, start: span.start, end: span.end, type: fields.type, value: fields.value, unit: fields.unit });
    if (!result.ok) return notify(apiErrorNotice(result.error));
    window.getSelection()?.removeAllRanges();
    props.onAdded(result.value);
  };

  const loadBulk = useCallback(
    async (match: 'rule' | 'text', scope: 'page' | 'document') => {
      if (selectedId === undefined) return [];
      const result = await getApi().previewBulk({ mentionId: selectedId, match, scope });
      return result.ok ? result.value : [];
    },
    [selectedId],
  );

  const applyBulk = async (chosen: readonly MentionRecord[]): Promise<void> => {
    onClose();
    const result = await getApi().applyBulk({ mentionIds: chosen.map((mention) => mention.id), status: 'rejected' });
    if (!result.ok) return notify(apiErrorNotice(result.error));
    await props.onReload();
    notify({ kind: 'info', text: t.bulk.applied(result.value.changed) });
  };

  switch (dialog?.kind) {
    case 'edit':
      return selected === undefined ? null : <EditDialog mention={selected} focus={dialog.focus} onSave={(fields) => void saveEdit(selected, fields)} onClose={onClose} />;
    case 'add':
      return <AddDialog text={dialog.text} reading={dialog.reading} onSave={(fields) => void saveAdd(fields, dialog)} onClose={onClose} />;
    case 'bulk':
      return <BulkDialog load={loadBulk} onApply={(chosen) => void applyBulk(chosen)} onClose={onClose} />;
    case 'help':
      return <HelpOverlay onClose={onClose} />;
    default:
      return null;
  }
}
