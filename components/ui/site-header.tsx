import { ButtonLink } from "./button";
import { Logo } from "./logo";

/** Header for signed-out pages (landing, sign in, sign up). */
export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white/80 dark:border-slate-800 dark:bg-slate-900/80">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Logo />
        <div className="flex items-center gap-2 text-sm">
          <ButtonLink href="/login" variant="ghost" size="compact">
            Sign in
          </ButtonLink>
          <ButtonLink href="/signup" size="compact" weight="medium">
            Create account
          </ButtonLink>
        </div>
      </nav>
    </header>
  );
}
