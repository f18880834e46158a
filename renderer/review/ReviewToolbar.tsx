/** The review toolbar: a visible button for every action, each showing its key (keys.ts). */
import { memo } from 'react';
import { t } from '../i18n/fr.js';
import { keyLabel, type ReviewAction } from './keys.js';

export function ToolButton(props: { action: ReviewAction; label: string; onAct: (action: ReviewAction) => void; disabled?: boolean; className?: string }) {
  const key = keyLabel(props.action);
  return (
    <button type="button" className={props.className} onClick={() => props.onAct(props.action)} disabled={props.disabled} aria-keyshortcuts={key || undefined} title={`${props.label} (${key})`}>
      {props.label} <kbd>{key}</kbd>
    </button>
  );
}

export const ReviewToolbar = memo(function ReviewToolbar(props: { onAct: (action: ReviewAction) => void; hasSelection: boolean }) {
  const act = props.onAct;
  const none = !props.hasSelection;
  return (
    <div className="toolbar" role="toolbar" aria-label={t.review.actions}>
      <ToolButton action="previous" label={t.review.previous} onAct={act} />
      <ToolButton action="next" label={t.review.next} onAct={act} />
      <ToolButton action="accept" label={t.review.accept} onAct={act} disabled={none} className="accept" />
      <ToolButton action="reject" label={t.review.reject} onAct={act} disabled={none} className="reject" />
      <ToolButton action="edit" label={t.review.edit} onAct={act} disabled={none} />
      <ToolButton action="changeType" label={t.review.changeType} onAct={act} disabled={none} />
      <ToolButton action="undo" label={t.review.undo} onAct={act} />
      <span className="toolbar-group">
        <ToolButton action="extendLeft" label={t.review.extendLeft} onAct={act} disabled={none} />
        <ToolButton action="shrinkLeft" label={t.review.shrinkLeft} onAct={act} disabled={none} />
        <ToolButton action="shrinkRight" label={t.review.shrinkRight} onAct={act} disabled={none} />
        <ToolButton action="extendRight" label={t.review.extendRight} onAct={act} disabled={none} />
      </span>
      <ToolButton action="addFromSelection" label={t.review.addFromSelection} onAct={act} />
      <ToolButton action="nextPending" label={t.review.nextPending} onAct={act} />
      <ToolButton action="nextLowOcr" label={t.review.nextLowOcr} onAct={act} />
      <ToolButton action="bulk" label={t.review.bulk} onAct={act} disabled={none} />
      <ToolButton action="help" label={t.review.help} onAct={act} />
    </div>
  );
});
