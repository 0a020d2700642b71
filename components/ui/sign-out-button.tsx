import { signOut } from "@/lib/actions/account";
import { SubmitButton } from "@/components/forms/submit-button";

/** Sign-out is a POST (a server action, with Next's same-origin check), never a link. */
export function SignOutButton() {
  return (
    <form action={signOut}>
      <SubmitButton pendingLabel="Signing out…" variant="ghost" className="px-3">
        Sign out
      </SubmitButton>
    </form>
  );
}
