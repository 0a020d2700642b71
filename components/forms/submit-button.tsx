"use client";
import { useFormStatus } from "react-dom";

const VARIANTS = {
  primary: "font-semibold bg-brand-600 text-white hover:bg-brand-700",
  danger: "font-semibold bg-red-700 text-white hover:bg-red-800",
  ghost: "text-sm font-medium text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800",
} as const;

/** A submit button that shows the pending label and refuses double submits while its form runs. */
export function SubmitButton({
  children,
  pendingLabel,
  pending: pendingProp,
  variant = "primary",
  className = "",
}: {
  children: React.ReactNode;
  pendingLabel: string;
  /** For forms submitted by a handler rather than a form action. */
  pending?: boolean;
  variant?: keyof typeof VARIANTS;
  className?: string;
}) {
  const status = useFormStatus();
  const pending = pendingProp ?? status.pending;
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex items-center justify-center rounded-md px-4 py-2 disabled:cursor-wait disabled:opacity-70 ${VARIANTS[variant]} ${className}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
