import type { Metadata } from "next";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { PasswordForm } from "@/components/account/password-form";
import { SavesOptionForm } from "@/components/account/saves-option-form";
import { ProfileForm } from "@/components/account/profile-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { signOutEverywhere } from "@/lib/actions/account";
import { requireUser } from "@/lib/auth";
import { countLiveSessions } from "@/lib/data/sessions";
import { listCurrencyConversions } from "@/lib/data/currency";
import { getIncludeSaves } from "@/lib/data/earnings-settings";
import { getUserProfile } from "@/lib/data/users";
import { formatCalendarDate } from "@/lib/domain/time";
import { currencyOptions, timeZoneOptions } from "@/lib/validation/settings";
import { PageSection } from "@/components/ui/page-section";

export const metadata: Metadata = { title: "Settings" };

function currencyLabels(locale: string) {
  const names = new Intl.DisplayNames([locale], { type: "currency" });
  return currencyOptions().map((code) => ({ value: code, label: `${code} — ${names.of(code) ?? code}` }));
}

export default async function SettingsPage() {
  const user = await requireUser();
  const [profile, liveSessions, conversions, includeSaves] = await Promise.all([
    getUserProfile(user.id),
    countLiveSessions(user.id),
    listCurrencyConversions(user.id),
    getIncludeSaves(user.id),
  ]);
  const section = "rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900";
  return (
    <div className="max-w-2xl space-y-8">
      <h1 className="text-2xl font-bold tracking-tight">Settings</h1>
      <PageSection id="profile" title="Profile" className={section}>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Signed in as {profile.email}</p>
        <div className="mt-5">
          <ProfileForm
            initial={{ displayName: profile.displayName, timeZone: profile.timeZone, currency: profile.currency }}
            timeZones={timeZoneOptions().map((tz) => ({ value: tz, label: tz.replaceAll("_", " ") }))}
            currencies={currencyLabels(profile.locale)}
          />
        </div>
        {conversions.length ? (
          <div className="mt-4 text-sm text-slate-600 dark:text-slate-400">
            <p className="font-medium">Currency changes (the rate each conversion used)</p>
            <ul className="mt-1 list-disc pl-5">
              {conversions.map((c) => (
                <li key={c.convertedAt.toISOString()}>
                  {formatCalendarDate(c.convertedAt.toISOString().slice(0, 10), profile.locale)}: 1 {c.fromCurrency} = {c.rate.toString()}{" "}
                  {c.toCurrency}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </PageSection>
      <PageSection id="er" title="Engagement rate" className={section}>
        <div className="mt-5">
          <SavesOptionForm includeSaves={includeSaves} />
        </div>
      </PageSection>
      <PageSection id="password" title="Password" className={section}>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Changing it signs you out everywhere else.</p>
        <div className="mt-5">
          <PasswordForm userInputs={[profile.email, profile.displayName]} />
        </div>
      </PageSection>
      <PageSection id="sessions" title="Signed-in devices" className={section}>
        <p id="sessions-description" className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {liveSessions === 1
            ? "You're signed in on 1 device or browser."
            : `You're signed in on ${liveSessions} devices or browsers.`}{" "}
          Signing out everywhere ends all of them, this one included.
        </p>
        <form action={signOutEverywhere} className="mt-5" aria-describedby="sessions-description">
          <SubmitButton pendingLabel="Signing out everywhere…">Sign out everywhere</SubmitButton>
        </form>
      </PageSection>
      <section aria-labelledby="delete-heading" className="rounded-xl border border-red-300 bg-white p-6 dark:border-red-900 dark:bg-slate-900">
        <h2 id="delete-heading" className="text-lg font-semibold text-red-800 dark:text-red-300">
          Delete account
        </h2>
        <div className="mt-5">
          <DeleteAccountForm />
        </div>
      </section>
    </div>
  );
}
