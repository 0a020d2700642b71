import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth";
import { signInErrorMessage } from "@/lib/validation/sign-in-messages";
import { safeCallbackPath } from "@/lib/validation/auth";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(one(params.callbackUrl));
  if (await getCurrentUser()) redirect(callbackUrl);

  const error = params.csrf ? "csrf" : one(params.error);
  const notice = params.deleted
    ? "Your account and all of its data were deleted."
    : params.signedOutEverywhere
      ? "You're signed out on every device."
      : params.signedOut
        ? "You're signed out."
        : params.callbackUrl
          ? "Sign in to continue."
          : undefined;
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Sign in</h1>
      <p className="mt-1 mb-6 text-sm text-slate-600 dark:text-slate-400">Welcome back to Tierline.</p>
      <SignInForm callbackUrl={callbackUrl} initialError={error ? signInErrorMessage(error) : undefined} notice={notice} />
    </>
  );
}
