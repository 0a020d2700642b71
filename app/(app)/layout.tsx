import { AppHeader } from "@/components/ui/app-header";
import { requireUser } from "@/lib/auth";

// The signed-in shell. The layout's check is not authorization: every page and action below
// calls requireUser() itself (layouts do not re-run on every navigation).
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <AppHeader displayName={user.displayName} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
