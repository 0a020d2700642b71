"use client";
import { useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { ImportPreview } from "@/lib/import/result";
import type { ImportEvent } from "@/lib/import/events";
import { FilePreviewList } from "./file-preview-list";

type Props = { maxFiles: number; maxFileBytes: number; locale: string };

type State =
  | { step: "choose"; error: string | null }
  | { step: "previewing" }
  | { step: "preview"; preview: ImportPreview }
  | { step: "committing"; preview: ImportPreview; done: number; total: number | null }
  | { step: "failed"; preview: ImportPreview; error: string }
  | { step: "finished"; href: string };

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

async function errorOf(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: string };
    if (body.error) return body.error;
  } catch {
    // not JSON
  }
  return res.status === 401 ? "Your session ended. Sign in again, then import." : `The server answered ${res.status}. Try again.`;
}

/** Reads the commit route's NDJSON stream, calling back once per event. */
async function readEvents(res: Response, onEvent: (e: ImportEvent) => void): Promise<void> {
  if (!res.body) return;
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += value;
    let nl: number;
    while ((nl = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, nl).trim();
      buffer = buffer.slice(nl + 1);
      if (line) onEvent(JSON.parse(line) as ImportEvent);
    }
    if (done) break;
  }
}

/**
 * Choose or drop files → the server's preview (nothing saved) → Confirm → a progress bar fed by
 * the commit's progress stream → the dashboard.
 */
export function ImportWizard({ maxFiles, maxFileBytes, locale }: Props) {
  const router = useRouter();
  const inputId = useId();
  const hintId = useId();
  const progressLabelId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [dragging, setDragging] = useState(false);
  const [state, setState] = useState<State>({ step: "choose", error: null });
  const number = new Intl.NumberFormat(locale);

  function formData(list: File[]): FormData {
    const form = new FormData();
    for (const f of list) form.append("files", f, f.name);
    return form;
  }

  async function choose(list: File[]) {
    if (list.length === 0) return;
    if (list.length > maxFiles) {
      setState({ step: "choose", error: `Choose at most ${maxFiles} files at a time (a ZIP counts as one).` });
      return;
    }
    const tooBig = list.find((f) => f.size > maxFileBytes);
    if (tooBig) {
      setState({
        step: "choose",
        error: `${tooBig.name} is ${mb(tooBig.size)}; the limit is ${mb(maxFileBytes)} per file. Download a shorter date range from TikTok Studio, or split the file.`,
      });
      return;
    }
    setFiles(list);
    setState({ step: "previewing" });
    try {
      const res = await fetch("/api/import/preview", { method: "POST", body: formData(list) });
      if (!res.ok) {
        setState({ step: "choose", error: await errorOf(res) });
        return;
      }
      setState({ step: "preview", preview: (await res.json()) as ImportPreview });
    } catch {
      setState({ step: "choose", error: "The files could not be sent. Check your connection and try again." });
    }
  }

  async function confirm(preview: ImportPreview) {
    setState({ step: "committing", preview, done: 0, total: null });
    let finished = false;
    let failure: string | null = null;
    try {
      const res = await fetch("/api/import/commit", { method: "POST", body: formData(files) });
      if (!res.ok) {
        setState({ step: "failed", preview, error: await errorOf(res) });
        return;
      }
      await readEvents(res, (e) => {
        if (e.type === "start") setState({ step: "committing", preview, done: 0, total: e.total });
        else if (e.type === "progress") setState({ step: "committing", preview, done: e.done, total: e.total });
        else if (e.type === "done") finished = true;
        else if (e.type === "error") failure = e.message;
      });
    } catch {
      failure = "The connection was lost during the import. Nothing was saved unless the dashboard shows it; you can safely import again.";
    }
    if (finished) {
      // A range that shows what was imported: the default one unless the files are older.
      setState({ step: "finished", href: preview.landing.href });
      router.push(preview.landing.href);
      router.refresh();
    } else {
      setState({ step: "failed", preview, error: failure ?? "The import did not finish. Nothing was saved; try again." });
    }
  }

  function reset() {
    setFiles([]);
    if (inputRef.current) inputRef.current.value = "";
    setState({ step: "choose", error: null });
  }

  const busy = state.step === "previewing" || state.step === "committing" || state.step === "finished";
  const preview = state.step === "preview" || state.step === "committing" || state.step === "failed" ? state.preview : null;

  return (
    <div className="space-y-6">
      <div
        onDragOver={(e) => {
          e.preventDefault();
          if (!busy) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          if (!busy) void choose(Array.from(e.dataTransfer.files));
        }}
        className={`rounded-xl border-2 border-dashed p-8 text-center transition-colors ${
          dragging ? "border-brand-500 bg-brand-50 dark:bg-slate-800" : "border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900"
        }`}
      >
        <p className="text-slate-700 dark:text-slate-300">Drop TikTok Studio files or the ZIP here, or</p>
        <div className="mt-3">
          <input
            ref={inputRef}
            id={inputId}
            type="file"
            multiple
            disabled={busy}
            aria-describedby={hintId}
            accept=".csv,.xlsx,.zip,text/csv,application/zip,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="peer sr-only"
            onChange={(e) => void choose(Array.from(e.currentTarget.files ?? []))}
          />
          <label
            htmlFor={inputId}
            className="inline-flex cursor-pointer items-center rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-500 peer-disabled:cursor-not-allowed peer-disabled:opacity-60"
          >
            Choose files to import
          </label>
        </div>
        <p id={hintId} className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          CSV, XLSX or ZIP · up to {maxFiles} files, {mb(maxFileBytes)} each · nothing is saved until you confirm
        </p>
      </div>

      <div role="status" aria-live="polite" className="text-sm">
        {state.step === "previewing" ? <p>Reading {files.length === 1 ? files[0]?.name : `${files.length} files`}…</p> : null}
        {state.step === "finished" ? (
          <p>
            Import complete. Opening <a href={state.href} className="underline">your dashboard</a>…
          </p>
        ) : null}
      </div>
      {state.step === "choose" && state.error ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {state.error}
        </p>
      ) : null}

      {preview ? (
        <section aria-labelledby="import-preview-heading" className="space-y-4">
          <h2 id="import-preview-heading" className="text-lg font-semibold">
            Preview
          </h2>
          <FilePreviewList preview={preview} locale={locale} />
          {preview.landing.note ? <p className="text-sm text-slate-700 dark:text-slate-300">{preview.landing.note}</p> : null}

          {state.step === "committing" ? (
            <div className="space-y-2">
              <p id={progressLabelId} className="text-sm font-medium">
                {state.total === null
                  ? "Reading the files again…"
                  : `Importing: ${number.format(state.done)} of ${number.format(state.total)} rows`}
              </p>
              <progress
                aria-labelledby={progressLabelId}
                className="h-3 w-full overflow-hidden rounded accent-brand-600"
                max={state.total ?? undefined}
                value={state.total === null ? undefined : state.done}
              />
            </div>
          ) : null}

          {state.step === "failed" ? (
            <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
              {state.error}
            </p>
          ) : null}

          {state.step === "preview" || state.step === "failed" ? (
            <div className="flex flex-wrap items-center gap-3">
              <button
                type="button"
                disabled={preview.rowsToImport === 0}
                onClick={() => void confirm(preview)}
                className="inline-flex items-center rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-60"
              >
                {state.step === "failed" ? "Try the import again" : "Confirm import"}
              </button>
              <button
                type="button"
                onClick={reset}
                className="rounded-md px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
              >
                Choose other files
              </button>
              <span className="text-sm text-slate-600 dark:text-slate-400">
                {preview.rowsToImport === 0
                  ? "Nothing in these files can be imported."
                  : `${number.format(preview.rowsToImport)} rows will be checked and saved in one go: all or nothing.`}
              </span>
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
