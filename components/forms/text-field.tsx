import type { InputHTMLAttributes } from "react";

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> & {
  name: string;
  label: string;
  /** The message for this field; tied to the input with aria-describedby. */
  error?: string;
  hint?: React.ReactNode;
  /** Extra ids the input is described by (a form-level message, a strength meter). */
  describedBy?: string;
  idPrefix?: string;
};

export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm placeholder:text-slate-400 focus:border-brand-500 aria-[invalid=true]:border-red-600 dark:border-slate-700 dark:bg-slate-900 dark:aria-[invalid=true]:border-red-400";

export const errorClass = "mt-1 text-sm text-red-700 dark:text-red-300";
export const hintClass = "mt-1 text-sm text-slate-600 dark:text-slate-400";

/** A labelled input with its hint and error message wired up for assistive technology. */
export function TextField({ name, label, error, hint, describedBy, idPrefix = "", className, ...input }: TextFieldProps) {
  const id = `${idPrefix}${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const described = [errorId, hintId, describedBy].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={described} className={inputClass} {...input} />
      {error ? (
        <p id={errorId} className={errorClass}>
          {error}
        </p>
      ) : null}
      {hint ? (
        <div id={hintId} className={hintClass}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}
