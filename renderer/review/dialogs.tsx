/**
 * The review's dialogs: correct a mention, add one from a selection, reject the similar ones
 * (with preview), and the keys help. Each is a modal `dialog` role with a label, focus on its
 * first field, Échap to close, Entrée to confirm.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { MentionRecord, MentionType, SpanReading } from '../../main/api/contract.js';
import { t, TYPE_LABELS } from '../i18n/fr.js';
import { KEY_BINDINGS } from './keys.js';
import { shownLine } from '../app/shown.js';

const TYPES = Object.keys(TYPE_LABELS) as MentionType[];

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/** Tab and Maj+Tab go round the dialog's own fields (it is modal: Tab walked out into the page behind it). */
function keepTabInside(panel: HTMLElement, event: KeyboardEvent<HTMLDivElement>): void {
  const focusable = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = focusable[0];
  const last = focusable.at(-1);
  if (first === undefined || last === undefined) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !panel.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !panel.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}

/** A modal dialog: labelled by its title, focus on its first field (or `data-autofocus`), Échap closes, Tab stays inside. */
export function Modal(props: { title: string; onClose: () => void; children: ReactNode; wide?: boolean }) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Closed, the dialog gives the focus back where it was (it fell to the page's body, lost to a screen reader).
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = panel.current?.querySelector<HTMLElement>('[data-autofocus]') ?? panel.current?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => {
      if (before?.isConnected === true) before.focus();
    };
  }, []);
  return (
    <div className="modal-backdrop" onClick={props.onClose}>
      <div
        ref={panel}
        role="dialog"
        aria-modal="true"
        aria-label={props.title}
        className={`modal ${props.wide === true ? 'wide' : ''}`}
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            props.onClose();
          } else if (event.key === 'Tab' && panel.current !== null) {
            keepTabInside(panel.current, event);
          }
          event.stopPropagation();
        }}
      >
        <h2>{props.title}</h2>
        {props.children}
      </div>
    </div>
  );
}

export interface MentionFields {
  readonly type: MentionType;
  readonly value: string;
  readonly unit: string | null;
}

function FieldsForm(props: { initial: MentionFields; focus: 'value' | 'type'; submitLabel: string; onSubmit: (fields: MentionFields) => void; onCancel: () => void }) {
  const [type, setType] = useState(props.initial.type);
  const [value, setValue] = useState(props.initial.value);
  const [unit, setUnit] = useState(props.initial.unit ?? '');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim() !== '') props.onSubmit({ type, value: value.trim(), unit: unit.trim() === '' ? null : unit.trim() });
      }}
    >
      <label>
        {t.edit.type}
        <select value={type} onChange={(event) => setType(event.target.value as MentionType)} data-autofocus={props.focus === 'type' ? '' : undefined}>
          {TYPES.map((each) => (
            <option key={each} value={each}>
              {TYPE_LABELS[each]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.edit.value}
        <input value={value} onChange={(event) => setValue(event.target.value)} data-autofocus={props.focus === 'value' ? '' : undefined} />
      </label>
      <label>
        {t.edit.unit}
        <input value={unit} onChange={(event) => setUnit(event.target.value)} />
      </label>
      <div className="modal-buttons">
        <button type="submit" className="primary">
          {props.submitLabel}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t.edit.cancel}
        </button>
      </div>
    </form>
  );
}

export function EditDialog(props: { mention: MentionRecord; focus: 'value' | 'type'; onSave: (fields: MentionFields) => void; onClose: () => void }) {
  return (
    <Modal title={t.edit.title} onClose={props.onClose}>
      <p className="muted">« {shownLine(props.mention.text)} »</p>
      <FieldsForm initial={props.mention} focus={props.focus} submitLabel={t.edit.save} onSubmit={props.onSave} onCancel={props.onClose} />
    </Modal>
  );
}

export function AddDialog(props: { text: string; reading: SpanReading | null; onSave: (fields: MentionFields) => void; onClose: () => void }) {
  const initial: MentionFields = props.reading ?? { type: 'organisation', value: props.text.replace(/\s+/gu, ' ').trim(), unit: null };
  return (
    <Modal title={t.add.title} onClose={props.onClose}>
      <p>
        {t.add.text} : « {shownLine(props.text)} »
      </p>
      <p className="muted">{props.reading !== null ? t.add.prefilled : t.add.notRead}</p>
      <FieldsForm initial={initial} focus="value" submitLabel={t.add.save} onSubmit={props.onSave} onCancel={props.onClose} />
    </Modal>
  );
}

export function BulkDialog(props: {
  load: (match: 'rule' | 'text', scope: 'page' | 'document') => Promise<readonly MentionRecord[]>;
  onApply: (mentions: readonly MentionRecord[]) => void;
  onClose: () => void;
}) {
  const [match, setMatch] = useState<'rule' | 'text'>('rule');
  const [scope, setScope] = useState<'page' | 'document'>('page');
  const [preview, setPreview] = useState<readonly MentionRecord[] | null>(null);
  const { load } = props;
  useEffect(() => {
    let live = true;
    setPreview(null);
    void load(match, scope).then((found) => live && setPreview(found));
    return () => {
      live = false;
    };
  }, [load, match, scope]);
  return (
    <Modal title={t.bulk.title} onClose={props.onClose} wide>
      <fieldset>
        <legend>{t.bulk.match}</legend>
        <label>
          <input type="radio" name="match" checked={match === 'rule'} onChange={() => setMatch('rule')} /> {t.bulk.byRule}
        </label>
        <label>
          <input type="radio" name="match" checked={match === 'text'} onChange={() => setMatch('text')} /> {t.bulk.byText}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t.bulk.scope}</legend>
        <label>
          <input type="radio" name="scope" checked={scope === 'page'} onChange={() => setScope('page')} /> {t.bulk.onPage}
        </label>
        <label>
          <input type="radio" name="scope" checked={scope === 'document'} onChange={() => setScope('document')} /> {t.bulk.inDocument}
        </label>
      </fieldset>
      {preview === null ? (
        <p>{t.review.loading}</p>
      ) : preview.length === 0 ? (
        <p>{t.bulk.none}</p>
      ) : (
        <>
          <p>{t.bulk.preview(preview.length)}</p>
          <ul className="bulk-preview" aria-label={t.bulk.preview(preview.length)}>
            {preview.map((mention) => (
              <li key={mention.id}>
                p. {mention.page} — « {shownLine(mention.text)} » → {shownLine(mention.value)}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="modal-buttons">
        <button type="button" className="primary danger" disabled={preview === null || preview.length === 0} onClick={() => preview !== null && props.onApply(preview)}>
          {t.bulk.apply(preview?.length ?? 0)}
        </button>
        <button type="button" onClick={props.onClose}>
          {t.edit.cancel}
        </button>
      </div>
    </Modal>
  );
}

export function HelpOverlay(props: { onClose: () => void }) {
  return (
    <Modal title={t.help.title} onClose={props.onClose} wide>
      <p>{t.help.intro}</p>
      <table className="keys">
        <tbody>
          {KEY_BINDINGS.map((binding) => (
            <tr key={binding.action}>
              <th scope="row">
                <kbd>{binding.label}</kbd>
              </th>
              <td>{binding.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="modal-buttons">
        <button type="button" onClick={props.onClose}>
          {t.help.close}
        </button>
      </div>
    </Modal>
  );
}
