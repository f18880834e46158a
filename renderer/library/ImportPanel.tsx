/**
 * Import from the app: a button (files), a button (a folder), and drag and drop of files and
 * folders anywhere on the library. Files are uploaded to main (HTTP under serve, IPC in
 * Electron), then imported there; progress arrives as events, per document and per page, with
 * a time estimate. Cancel stops after the documents being read; what was imported stays.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ImportFileOutcome } from '../../main/api/contract.js';
import { getTransport } from '../api/client.js';
import { apiErrorNotice, useNotice } from '../app/notice.js';
import { TechnicalDetail } from '../app/TechnicalDetail.js';
import { useApiEvents } from '../app/useEvents.js';
import { formatDurationFr, t } from '../i18n/fr.js';

interface Progress {
  readonly importId: string | null;
  readonly uploaded: number;
  readonly files: number;
  readonly filesDone: number;
  readonly line: string;
  readonly remainingMs: number | null;
  readonly fraction: number;
  readonly cancelling: boolean;
}

/** Every file under a dropped folder (File System entries API, available in Chromium and Electron). */
async function filesOfEntry(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) return [await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject))];
  if (!entry.isDirectory) return [];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    children.push(...batch);
  }
  return (await Promise.all(children.map(filesOfEntry))).flat();
}

function isPdf(file: File): boolean {
  return file.name.toLowerCase().endsWith('.pdf') || file.type === 'application/pdf';
}

/** One line of the import log: what a person reads, and the core's detail offered apart. */
interface LogLine {
  readonly text: string;
  /** `again`: a document set aside to be read again alone; its own line follows at the end. */
  readonly kind: 'done' | 'warned' | 'failed' | 'again';
  readonly detail?: string;
}

/** The core's detail, which starts with the file name, already shown on the line. */
function withoutName(fileName: string, message: string): string {
  return message.startsWith(`${fileName}: `) ? message.slice(fileName.length + 2) : message;
}

function outcomeLine(outcome: ImportFileOutcome): LogLine {
  if (outcome.status === 'imported') {
    const warnings = outcome.warnings ?? [];
    if (warnings.length > 0) return { text: t.importer.fileWarned(outcome.fileName, outcome.pages, outcome.mentions, warnings), kind: 'warned' };
    return { text: t.importer.fileImported(outcome.fileName, outcome.pages, outcome.mentions), kind: 'done' };
  }
  if (outcome.status === 'duplicate') return { text: t.importer.fileDuplicate(outcome.fileName), kind: 'done' };
  const detail = withoutName(outcome.fileName, outcome.message);
  return { text: t.importer.fileFailed(outcome.fileName, outcome.code, detail), kind: 'failed', detail: `${outcome.code} — ${detail}` };
}

export function ImportPanel(props: { children: ReactNode }) {
  const notify = useNotice();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [log, setLog] = useState<LogLine[]>([]);
  const [dragging, setDragging] = useState(false);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const importId = useRef<string | null>(null);
  // Files of a picked or dropped folder that are not PDFs: left out here, and said at the end.
  const leftOut = useRef(0);
  // Files imported with a warning in this import: counted in the closing message.
  const warned = useRef(0);

  useEffect(() => {
    // Chromium's folder picker: set as a property, the attribute is not in React's types.
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, []);

  const run = useCallback(
    async (picked: readonly File[], explicit: boolean) => {
      // Files named one by one are all sent (a bad one is reported); folders contribute their PDFs.
      const files = explicit ? [...picked] : picked.filter(isPdf);
      leftOut.current = picked.length - files.length;
      if (files.length === 0) {
        notify({ kind: 'error', text: t.importer.noPdf(leftOut.current) });
        return;
      }
      const transport = getTransport();
      setLog([]);
      warned.current = 0;
      setProgress({ importId: null, uploaded: 0, files: files.length, filesDone: 0, line: t.importer.uploading(0, files.length), remainingMs: null, fraction: 0, cancelling: false });
      const uploads: string[] = [];
      for (const [index, file] of files.entries()) {
        const sent = await transport.upload(file.name, await file.arrayBuffer());
        if (!sent.ok) {
          notify(apiErrorNotice(sent.error));
          setProgress(null);
          return;
        }
        uploads.push(sent.value.uploadId);
        setProgress((current) => current && { ...current, uploaded: index + 1, line: t.importer.uploading(index + 1, files.length) });
      }
      const started = await transport.api.startImport({ uploads });
      if (!started.ok) {
        notify(apiErrorNotice(started.error));
        setProgress(null);
        return;
      }
      importId.current = started.value.importId;
      setProgress((current) => current && { ...current, importId: started.value.importId });
    },
    [notify],
  );

  useApiEvents((event) => {
    if (!('importId' in event) || event.importId !== importId.current) return;
    if (event.type === 'import-progress') {
      setProgress((current) =>
        current && {
          ...current,
          filesDone: event.filesDone,
          line: t.importer.page(event.fileName, event.page, event.pages),
          remainingMs: event.remainingMs,
          fraction: event.remainingMs === null ? current.fraction : event.elapsedMs / Math.max(1, event.elapsedMs + event.remainingMs),
        },
      );
    } else if (event.type === 'import-file-read-again') {
      setLog((lines) => [...lines, { text: t.importer.fileReadAgain(event.fileName, event.beside), kind: 'again', detail: withoutName(event.fileName, event.reason) }]);
    } else if (event.type === 'import-file-done') {
      const line = outcomeLine(event.outcome);
      if (line.kind === 'warned') warned.current += 1;
      setLog((lines) => [...lines, line]);
      setProgress((current) => current && { ...current, filesDone: event.filesDone });
    } else if (event.type === 'import-finished') {
      importId.current = null;
      setProgress(null);
      if (event.stopped !== undefined) {
        notify({ ...apiErrorNotice(event.stopped), text: t.importer.stopped(t.errors.api(event.stopped), event.notRead ?? 0, event.imported) });
        return;
      }
      notify({ kind: event.failed > 0 ? 'error' : 'info', text: t.importer.finished(event.imported, event.duplicates, event.failed, event.cancelled, leftOut.current + event.leftOut, warned.current) });
    }
  });

  const cancel = async (): Promise<void> => {
    if (progress?.importId == null) return;
    setProgress({ ...progress, cancelling: true });
    await getTransport().api.cancelImport({ importId: progress.importId });
  };

  const onDrop = async (event: React.DragEvent<HTMLDivElement>): Promise<void> => {
    event.preventDefault();
    setDragging(false);
    const entries = [...event.dataTransfer.items].map((item) => item.webkitGetAsEntry()).filter((entry): entry is FileSystemEntry => entry !== null);
    const files = entries.length > 0 ? (await Promise.all(entries.map(filesOfEntry))).flat() : [...event.dataTransfer.files];
    await run(files, entries.every((entry) => entry.isFile));
  };

  return (
    <div
      className={`import-zone ${dragging ? 'dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => void onDrop(event)}
    >
      <div className="import-bar">
        <button type="button" className="primary" onClick={() => filesInput.current?.click()} disabled={progress !== null}>
          {t.importer.button}
        </button>
        <button type="button" onClick={() => folderInput.current?.click()} disabled={progress !== null}>
          {t.importer.folderButton}
        </button>
        <span className="muted drop-hint">{t.importer.drop}</span>
        <input
          ref={filesInput}
          type="file"
          multiple
          accept=".pdf,application/pdf"
          hidden
          aria-label={t.importer.button}
          data-testid="import-files"
          onChange={(event) => {
            void run([...(event.target.files ?? [])], true);
            event.target.value = '';
          }}
        />
        <input
          ref={folderInput}
          type="file"
          multiple
          hidden
          aria-label={t.importer.folderButton}
          onChange={(event) => {
            void run([...(event.target.files ?? [])], false);
            event.target.value = '';
          }}
        />
      </div>
      {progress !== null ? (
        <section className="import-progress" aria-label={t.importer.progress}>
          <progress max={1} value={progress.importId === null ? progress.uploaded / Math.max(1, progress.files) : progress.fraction} aria-label={t.importer.progress} />
          <div>{t.importer.documents(progress.filesDone, progress.files)}</div>
          <div className="muted">{progress.line}</div>
          {progress.remainingMs !== null ? <div className="muted">{t.importer.remaining(formatDurationFr(progress.remainingMs))}</div> : null}
          {progress.cancelling ? (
            <div>{t.importer.cancelling}</div>
          ) : (
            <button type="button" onClick={() => void cancel()} disabled={progress.importId === null}>
              {t.importer.cancel}
            </button>
          )}
        </section>
      ) : null}
      {log.length > 0 ? (
        <ul className="import-log" role="log" aria-label={t.importer.progress}>
          {log.map((line, index) => (
            <li key={index} className={line.kind === 'failed' ? 'error-text' : line.kind === 'warned' || line.kind === 'again' ? 'warning-text' : ''}>
              {line.text}
              <TechnicalDetail detail={line.detail} />
            </li>
          ))}
        </ul>
      ) : null}
      {props.children}
    </div>
  );
}
