import { SiteHeader } from "@/components/ui/site-header";

// Signed-out pages: the landing page's header and a centred card.
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto flex max-w-6xl justify-center px-4 py-12 sm:py-16">
        <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8 dark:border-slate-800 dark:bg-slate-900">
          {children}
        </div>
      </main>
    </>
  );
}
