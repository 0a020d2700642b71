// Password rules (NIST SP 800-63B style): 8 to 128 characters counted as Unicode code points,
// any characters including spaces, no composition rules, and not one of the ~49,000 most
// common passwords of @zxcvbn-ts/language-common. Also feeds the strength meter on sign-up.
// Pure and isomorphic: the sign-up form imports it lazily for the meter.
import { zxcvbn, zxcvbnOptions, type ZxcvbnResult } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

import { PASSWORD_MAX_LENGTH, PASSWORD_MESSAGES, PASSWORD_MIN_LENGTH, passwordLength } from "@/lib/validation/password-rules";

export { PASSWORD_MAX_LENGTH, PASSWORD_MESSAGES, PASSWORD_MIN_LENGTH };

let configured = false;
function configure() {
  if (configured) return;
  zxcvbnOptions.setOptions({ dictionary: { ...dictionary }, graphs: adjacencyGraphs });
  configured = true;
}

function analyse(password: string, userInputs: string[]): ZxcvbnResult {
  configure();
  // zxcvbn's cost grows with length; the tail beyond 100 characters adds nothing to the verdict.
  return zxcvbn(password.slice(0, 100), userInputs.filter(Boolean));
}

let commonPasswords: Set<string> | undefined;

/** One of the common passwords as it stands (any capitalisation). */
function isListed(password: string): boolean {
  commonPasswords ??= new Set(dictionary.passwords as string[]);
  return commonPasswords.has(password.toLowerCase());
}

/** zxcvbn read the whole password as one common password in disguise ("P@ssw0rd", "drowssap"). */
function isCommon(result: ZxcvbnResult, password: string): boolean {
  const whole = result.sequence.length === 1 ? result.sequence[0] : undefined;
  if (whole?.pattern === "dictionary" && whole.dictionaryName === "passwords" && whole.token.length === password.length) return true;
  return false;
}

function problemOf(
  password: string,
  userInputs: string[],
  withResult: boolean,
): { problem: string | null; result: ZxcvbnResult | null } {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return { problem: PASSWORD_MESSAGES.tooShort, result: length && withResult ? analyse(password, userInputs) : null };
  if (length > PASSWORD_MAX_LENGTH) return { problem: PASSWORD_MESSAGES.tooLong, result: null };
  if (isListed(password)) return { problem: PASSWORD_MESSAGES.common, result: withResult ? analyse(password, userInputs) : null };
  const result = analyse(password, userInputs);
  if (isCommon(result, password)) return { problem: PASSWORD_MESSAGES.common, result };
  const whole = result.sequence.length === 1 ? result.sequence[0] : undefined;
  if (whole?.pattern === "dictionary" && whole.dictionaryName === "userInputs") return { problem: PASSWORD_MESSAGES.containsPersonal, result };
  if (result.score === 0) return { problem: PASSWORD_MESSAGES.tooGuessable, result };
  return { problem: null, result };
}

/**
 * Why a new password is refused, or null when it is acceptable. `userInputs` (email, display
 * name) count as guessable words.
 */
export function passwordProblem(password: string, userInputs: string[] = []): string | null {
  return problemOf(password, userInputs, false).problem;
}

export const STRENGTH_LABELS = ["Very weak", "Weak", "Fair", "Strong", "Very strong"] as const;

export type PasswordStrength = {
  /** 0–4, zxcvbn's score. */
  score: 0 | 1 | 2 | 3 | 4;
  label: (typeof STRENGTH_LABELS)[number];
  /** The rule that refuses this password, if any (the meter shows it before submitting). */
  problem: string | null;
};

/** Strength meter data for the sign-up and change-password forms. */
export function passwordStrength(password: string, userInputs: string[] = []): PasswordStrength {
  const { problem, result } = problemOf(password, userInputs, true);
  // A refused password never shows as more than "Weak"; an overlong one is not weak, just refused.
  const raw = result?.score ?? (passwordLength(password) > PASSWORD_MAX_LENGTH ? 4 : 0);
  const score = (problem ? Math.min(raw, 1) : raw) as PasswordStrength["score"];
  return { score, label: STRENGTH_LABELS[score], problem };
}
