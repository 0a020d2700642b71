import { signOut } from "@/lib/actions/account";
import { SubmitButton } from "@/components/forms/submit-button";

/** Sign-out is a POST (a server action, with Next's same-origin check), never a link. */
export function SignOutButton() {
  return (
    <form action={signOut}>
      <SubmitButton pendingLabel="Signing out…" variant="ghost" className="text-sm text-slate-700 dark:text-slate-300">
        Sign out
      </SubmitButton>
    </form>
  );
}
