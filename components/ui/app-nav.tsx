"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export const APP_NAV_LINKS = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/videos", label: "Videos" },
  { href: "/followers", label: "Followers" },
  { href: "/earnings", label: "Earnings" },
  { href: "/insights", label: "Insights" },
  { href: "/import", label: "Import" },
  { href: "/reports", label: "Reports" },
  { href: "/settings", label: "Settings" },
] as const;

/** The signed-in sections; the current one is marked for sight and for screen readers. */
export function AppNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="App" className="-mx-1 overflow-x-auto">
      <ul className="flex gap-1 text-sm">
        {APP_NAV_LINKS.map((link) => {
          const current = pathname === link.href || pathname.startsWith(`${link.href}/`);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                className={`block whitespace-nowrap rounded-md px-3 py-2 font-medium ${
                  current
                    ? "bg-brand-50 text-brand-700 dark:bg-slate-800 dark:text-white"
                    : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
                }`}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
