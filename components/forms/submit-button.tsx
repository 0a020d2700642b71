"use client";
import { useFormStatus } from "react-dom";
import { buttonClass, type ButtonStyle } from "@/components/ui/button";

/** A submit button that shows the pending label and refuses double submits while its form runs. */
export function SubmitButton({
  children,
  pendingLabel,
  pending: pendingProp,
  variant,
  size,
  className = "",
}: {
  children: React.ReactNode;
  pendingLabel: string;
  /** For forms submitted by a handler rather than a form action. */
  pending?: boolean;
} & Omit<ButtonStyle, "weight">) {
  const status = useFormStatus();
  const pending = pendingProp ?? status.pending;
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={buttonClass({ variant, size, className: `inline-flex items-center justify-center disabled:cursor-wait disabled:opacity-70 ${className}`.trim() })}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
