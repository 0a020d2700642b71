import Link from "next/link";
import { Logo } from "./logo";

/** Header for signed-out pages (landing, sign in, sign up). */
export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white/80 dark:border-slate-800 dark:bg-slate-900/80">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Logo />
        <div className="flex items-center gap-2 text-sm">
          <Link href="/login" className="rounded-md px-3 py-2 font-medium hover:bg-slate-100 dark:hover:bg-slate-800">
            Sign in
          </Link>
          <Link href="/signup" className="rounded-md bg-brand-600 px-3 py-2 font-medium text-white hover:bg-brand-700">
            Create account
          </Link>
        </div>
      </nav>
    </header>
  );
}
