import { AppNav } from "./app-nav";
import { Logo } from "./logo";
import { SignOutButton } from "./sign-out-button";

/** Header of the signed-in app: sections, who is signed in, sign-out. */
export function AppHeader({ displayName }: { displayName: string }) {
  return (
    <header className="border-b border-slate-200 bg-white/80 dark:border-slate-800 dark:bg-slate-900/80">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Logo href="/dashboard" />
        <div className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
          <AppNav />
        </div>
        <div className="ml-auto flex min-w-0 items-center gap-2 sm:ml-0">
          <span className="max-w-[10rem] truncate text-sm text-slate-600 dark:text-slate-300" title={displayName}>
            <span className="sr-only">Signed in as </span>
            {displayName}
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
