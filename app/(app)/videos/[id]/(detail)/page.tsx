import type { Metadata } from "next";
import Link from "next/link";
import { deleteVideoAction } from "@/lib/actions/videos";
import { getEarningsSettingsRecord } from "@/lib/data/earnings-settings";
import { listFollowerCountsInForce } from "@/lib/data/follower-counts";
import { viewsPayout } from "@/lib/domain/earnings";
import {
  erLabel,
  followerCountInForce,
  interactionsDefinition,
  NO_FOLLOWER_COUNT_REASON,
  perFollowerErLabel,
  rateFigures,
  readingPerFollowerRate,
} from "@/lib/domain/engagement-variants";
import { formatCount, formatMoney, formatRate } from "@/lib/domain/format";
import { formatCalendarDate, formatDateTime, localDateString } from "@/lib/domain/time";
import { buildVideoHistory } from "@/lib/domain/video-history";
import { toLocalInputValue } from "@/lib/validation/datetime";
import { VideoHistoryChart } from "@/components/charts/video-history-chart";
import { ReadingForm } from "@/components/videos/reading-form";
import { ReadingsTable } from "@/components/videos/readings-table";
import { ButtonLink } from "@/components/ui/button";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { InteractionsWarning } from "@/components/videos/interactions-warning";
import { TierBadge } from "@/components/ui/tier-badge";
import { loadVideo } from "./load-video";
import { PageSection } from "@/components/ui/page-section";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { video } = await loadVideo((await params).id);
  return { title: video.title };
}

export default async function VideoPage({ params }: { params: Params }) {
  const { user, video: stored } = await loadVideo((await params).id);
  const { locale, timeZone } = user;
  const days = stored.readings.map((r) => localDateString(r.capturedAt, timeZone));
  const [{ settings, includeSaves }, followerCounts] = await Promise.all([
    getEarningsSettingsRecord(user.id),
    days.length ? listFollowerCountsInForce(user.id, days[0]!, days.at(-1)!) : Promise.resolve([]),
  ]);
  const opts = { includeSaves };
  // Every figure under the creator's saves option, and each reading's per-follower ER at the
  // follower count in force on its day.
  const video = { ...stored, readings: stored.readings.map((r) => ({ ...r, ...rateFigures(r, opts) })) };
  const perFollower = Object.fromEntries(
    video.readings.map((r, i) => {
      const inForce = followerCountInForce(days[i]!, followerCounts);
      return [r.id, { followers: inForce, rate: readingPerFollowerRate(r, inForce?.followers ?? null, opts) }];
    }),
  );
  const latest = video.readings.at(-1);
  const latestPerFollower = latest ? perFollower[latest.id] : undefined;
  const payout = latest ? viewsPayout({ views: latest.views, durationSeconds: video.durationSeconds }, settings, { currency: user.currency, locale }) : null;
  const card = "rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900";
  const history = buildVideoHistory(video.readings, video.postedAt, { locale, timeZone });
  const n = video.readings.length;

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <Link href="/videos" className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-100">
          ← Videos
        </Link>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-2xl font-bold tracking-tight break-words">{video.title}</h1>
          <div className="flex flex-wrap items-center gap-2">
            <ButtonLink href={`/videos/${video.id}/edit`} variant="secondary">
              Edit video
            </ButtonLink>
            <ConfirmDelete
              action={deleteVideoAction}
              fields={{ id: video.id }}
              label="Delete video"
              question={`Delete this video and its ${n} ${n === 1 ? "reading" : "readings"}? This can't be undone.`}
              confirmLabel="Yes, delete video"
            />
          </div>
        </div>
        <dl className="grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-[auto_1fr] dark:text-slate-300">
          <dt className="font-medium">Posted</dt>
          <dd>{formatDateTime(video.postedAt, timeZone, locale)}</dd>
          {video.durationSeconds !== null ? (
            <>
              <dt className="font-medium">Duration</dt>
              <dd>{formatCount(video.durationSeconds, locale)} s</dd>
            </>
          ) : null}
          {video.link ? (
            <>
              <dt className="font-medium">Link</dt>
              <dd className="break-all">
                <a href={video.link} target="_blank" rel="noopener noreferrer nofollow" className="text-brand-700 underline dark:text-brand-100">
                  {video.platformVideoId ? `TikTok video ${video.platformVideoId}` : video.link}
                </a>
              </dd>
            </>
          ) : null}
          {video.hashtags.length ? (
            <>
              <dt className="font-medium">Hashtags</dt>
              <dd>
                {video.hashtags.map((h) => (
                  <Link key={h} href={`/videos?q=${encodeURIComponent(`#${h}`)}`} className="mr-2 hover:underline">
                    #{h}
                  </Link>
                ))}
              </dd>
            </>
          ) : null}
          {video.sound ? (
            <>
              <dt className="font-medium">Sound</dt>
              <dd>{video.sound}</dd>
            </>
          ) : null}
          {video.notes ? (
            <>
              <dt className="font-medium">Notes</dt>
              <dd className="whitespace-pre-line">{video.notes}</dd>
            </>
          ) : null}
        </dl>
      </header>

      {latest ? (
        <PageSection id="latest" title="Latest stats" className="space-y-3">
          <dl className="grid gap-3 sm:grid-cols-3">
            <div className={card}>
              <dt className="text-sm text-slate-600 dark:text-slate-400">Views</dt>
              <dd className="tabular text-2xl font-semibold">{formatCount(latest.views, locale)}</dd>
            </div>
            <div className={card}>
              <dt className="text-sm text-slate-600 dark:text-slate-400">Interactions</dt>
              <dd className="tabular text-2xl font-semibold">{formatCount(latest.interactions, locale)}</dd>
              <dd className="text-xs text-slate-600 dark:text-slate-400">{interactionsDefinition(opts)}</dd>
            </div>
            <div className={card}>
              <dt className="text-sm text-slate-600 dark:text-slate-400">{erLabel(opts)}</dt>
              <dd className="tabular text-2xl font-semibold">{formatRate(latest.engagementRate, locale)}</dd>
            </div>
            <div className={card}>
              <dt className="text-sm text-slate-600 dark:text-slate-400">{perFollowerErLabel(opts)}</dt>
              <dd className="tabular text-2xl font-semibold">{formatRate(latestPerFollower?.rate ?? null, locale)}</dd>
              <dd className="text-xs text-slate-600 dark:text-slate-400">
                {latestPerFollower?.followers
                  ? `At ${formatCount(latestPerFollower.followers.followers, locale)} followers (count of ${formatCalendarDate(latestPerFollower.followers.date, locale)})`
                  : NO_FOLLOWER_COUNT_REASON}
              </dd>
            </div>
            <div className={card}>
              <dt className="text-sm text-slate-600 dark:text-slate-400">Estimated earnings</dt>
              <dd className="tabular text-2xl font-semibold">{payout ? formatMoney(payout.cents, user.currency, locale) : null}</dd>
              <dd className="text-xs text-slate-600 dark:text-slate-400">{payout?.explanation}</dd>
            </div>
            <div className={card}>
              <dt className="text-sm text-slate-600 dark:text-slate-400">Tier</dt>
              <dd className="mt-1">
                <TierBadge tier={latest.tier} />
              </dd>
            </div>
          </dl>
          {latest.interactionsExceedViews ? <InteractionsWarning /> : null}
          <VideoHistoryChart {...history} locale={locale} />
        </PageSection>
      ) : null}

      <PageSection id="record" title="Record new stats" anchorId="record-stats" className="scroll-mt-6 space-y-3 rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {latest ? "Starts from the last reading: change what grew." : "This video has no readings yet."}
        </p>
        <ReadingForm
          mode="record"
          videoId={video.id}
          timeZone={timeZone}
          maxDateTime={toLocalInputValue(new Date(), timeZone, { seconds: true })}
          initial={
            latest
              ? {
                  views: latest.views.toString(),
                  likes: latest.likes.toString(),
                  comments: latest.comments.toString(),
                  shares: latest.shares.toString(),
                  saves: latest.saves?.toString() ?? "",
                  avgWatchTimeSeconds: latest.avgWatchTimeSeconds ?? "",
                  completionRate: latest.completionRate ?? "",
                }
              : {}
          }
        />
      </PageSection>

      <PageSection id="readings" title={<>Readings <span className="text-base font-normal text-slate-600 dark:text-slate-400">({formatCount(n, locale)})</span></>} className="space-y-3">
        {n > 0 ? (
          <ReadingsTable
            readings={video.readings}
            postedAt={video.postedAt}
            locale={locale}
            timeZone={timeZone}
            erLabel={erLabel(opts)}
            perFollowerLabel={perFollowerErLabel(opts)}
            perFollowerRates={Object.fromEntries(Object.entries(perFollower).map(([id, p]) => [id, p.rate]))}
          />
        ) : (
          <p className="text-slate-600 dark:text-slate-400">No readings yet. Record the first one above.</p>
        )}
      </PageSection>
    </article>
  );
}
