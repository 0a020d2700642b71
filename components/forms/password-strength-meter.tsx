"use client";
import { useEffect, useState } from "react";
import type { PasswordStrength } from "@/lib/auth/password-policy";

const BAR_COLOURS = ["bg-red-600", "bg-orange-500", "bg-amber-500", "bg-green-600", "bg-green-700"] as const;

type Policy = typeof import("@/lib/auth/password-policy");
let policy: Promise<Policy> | undefined;
// The dictionary is ~400 kB, so it loads only once someone types a password.
const loadPolicy = () => (policy ??= import("@/lib/auth/password-policy"));

/** Live strength of a new password, and the rule that would refuse it, before submitting. */
export function PasswordStrengthMeter({ id, password, userInputs }: { id: string; password: string; userInputs: string[] }) {
  const [strength, setStrength] = useState<PasswordStrength | null>(null);
  const inputsKey = userInputs.join("\u0000");

  useEffect(() => {
    let cancelled = false;
    if (!password) return;
    void loadPolicy().then((p) => {
      if (!cancelled) setStrength(p.passwordStrength(password, inputsKey.split("\u0000")));
    });
    return () => {
      cancelled = true;
    };
  }, [password, inputsKey]);

  const shown = password ? strength : null;
  return (
    <div id={id} className="mt-2">
      <div aria-hidden="true" className="flex gap-1">
        {[0, 1, 2, 3, 4].map((i) => (
          <span
            key={i}
            className={`h-1.5 flex-1 rounded-full ${shown && i <= shown.score ? BAR_COLOURS[shown.score] : "bg-slate-200 dark:bg-slate-700"}`}
          />
        ))}
      </div>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {shown ? (
          <>
            Strength: <strong className="font-semibold">{shown.label}</strong>
            {shown.problem ? <span className="block">{shown.problem}</span> : null}
          </>
        ) : (
          "8 to 128 characters. Spaces and any characters are fine; a few unrelated words make a strong password."
        )}
      </p>
    </div>
  );
}
