import Link from "next/link";
import type { ButtonHTMLAttributes, ComponentProps } from "react";

// No class merging happens here: each axis sets its own properties only (colour, padding and
// text size, weight), so extra classes passed in must not set those again.
const VARIANTS = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  secondary: "border border-slate-300 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800",
  /** Takes the text colour of where it stands; pass one in className for another. */
  ghost: "hover:bg-slate-100 dark:hover:bg-slate-800",
  danger: "bg-red-700 text-white hover:bg-red-800",
  "danger-outline": "border border-red-300 text-red-700 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950",
  warning:
    "border border-amber-600 bg-amber-50 text-amber-900 hover:bg-amber-100 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-100 dark:hover:bg-amber-900",
} as const;

// Written out whole so Tailwind finds them in the source.
const WEIGHTS = { medium: "font-medium", semibold: "font-semibold" } as const;

const DEFAULT_WEIGHT: Record<ButtonVariant, ButtonWeight> = {
  primary: "semibold",
  secondary: "medium",
  ghost: "medium",
  danger: "semibold",
  "danger-outline": "medium",
  warning: "semibold",
};

const SIZES = {
  /** Inside a table row or list item. */
  sm: "px-2 py-1 text-sm",
  /** In a header or a toolbar. */
  compact: "px-3 py-2 text-sm",
  md: "px-4 py-2",
  /** The landing page's calls to action. */
  lg: "px-5 py-3",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;
export type ButtonSize = keyof typeof SIZES;
export type ButtonWeight = keyof typeof WEIGHTS;
export type ButtonStyle = { variant?: ButtonVariant; size?: ButtonSize; weight?: ButtonWeight; className?: string };

/** The classes of a button (or of anything that should look like one). */
export function buttonClass({ variant = "primary", size = "md", weight, className }: ButtonStyle = {}): string {
  const parts = ["rounded-md", VARIANTS[variant], SIZES[size], WEIGHTS[weight ?? DEFAULT_WEIGHT[variant]], className];
  return parts.filter(Boolean).join(" ");
}

/** A `<button>` with the house look; `type` defaults to "button" so it never submits by accident. */
export function Button({ variant, size, weight, className, type = "button", ...button }: ButtonHTMLAttributes<HTMLButtonElement> & ButtonStyle) {
  return <button type={type} className={buttonClass({ variant, size, weight, className })} {...button} />;
}

/** A link that looks like a button (navigation stays a link for assistive technology). */
export function ButtonLink({ variant, size, weight, className, ...link }: ComponentProps<typeof Link> & ButtonStyle) {
  return <Link className={buttonClass({ variant, size, weight, className })} {...link} />;
}
