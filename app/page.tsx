import { ButtonLink } from "@/components/ui/button";
import { SiteHeader } from "@/components/ui/site-header";

const FEATURES = [
  {
    title: "Engagement rate you can trust",
    body: "(likes + comments + shares) ÷ views, weighted by views across your videos — never an average of averages.",
  },
  {
    title: "Your tier, week by week",
    body: "Excellent from 10 %, Good from 5 %, Average from 3 %. See how your tier moves over time and why.",
  },
  {
    title: "What your engagement is worth",
    body: "Estimated payouts from views, brand deals and affiliate sales — with every input shown — beside what you were actually paid.",
  },
  {
    title: "Your data, your history",
    body: "Record stats as your videos grow or import the files TikTok Studio gives you. Export clean CSV reports any time.",
  },
];

export default function LandingPage() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-6xl px-4 py-16">
        <section className="max-w-3xl">
          <h1 className="text-4xl font-bold tracking-tight sm:text-5xl">
            Know how engaged your audience is — and what it&apos;s worth.
          </h1>
          <p className="mt-5 text-lg text-slate-600 dark:text-slate-300">
            Tierline tracks your TikTok videos as they grow, computes your engagement rate and tier, and charts
            engagement, earnings and tier history over time. A 10,000-view video with high engagement can be worth more
            than a 50,000-view video with low engagement: Tierline shows you which is which.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <ButtonLink href="/signup" size="lg">
              Start tracking for free
            </ButtonLink>
            <ButtonLink href="/login" variant="secondary" size="lg" weight="semibold">
              Sign in
            </ButtonLink>
          </div>
        </section>
        <section aria-labelledby="features" className="mt-16">
          <h2 id="features" className="sr-only">
            What Tierline does
          </h2>
          <ul className="grid gap-6 sm:grid-cols-2">
            {FEATURES.map((f) => (
              <li key={f.title} className="rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900">
                <h3 className="font-semibold">{f.title}</h3>
                <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">{f.body}</p>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </>
  );
}
