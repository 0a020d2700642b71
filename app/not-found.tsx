import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-300">We couldn&apos;t find that page or record.</p>
      <Link href="/" className="mt-6 inline-block font-medium text-brand-600 underline dark:text-brand-100">
        Go home
      </Link>
    </main>
  );
}
