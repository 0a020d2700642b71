import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { getIncludeSaves } from "@/lib/data/earnings-settings";
import { listVideos } from "@/lib/data/videos";
import { erLabel } from "@/lib/domain/engagement-variants";
import { TIER_LABELS, TIERS } from "@/lib/domain/tier";
import { formatCount } from "@/lib/domain/format";
import { parseVideoListQuery, videoListHref } from "@/lib/validation/video";
import { VideosTable } from "@/components/videos/videos-table";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { ExportButton } from "@/components/reports/export-button";

export const metadata: Metadata = { title: "Videos" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function VideosPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = await searchParams;
  const query = parseVideoListQuery(params);
  const includeSaves = await getIncludeSaves(user.id);
  const list = await listVideos(user.id, { ...query, timeZone: user.timeZone, includeSaves });
  const filtered = Boolean(query.q || query.tier || query.from || query.to);
  const first = (list.page - 1) * list.perPage + 1;
  const last = first + list.rows.length - 1;

  return (
    <section className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Videos</h1>
        <div className="flex flex-wrap items-center gap-2">
          <ExportButton report="videos" searchParams={params} />
          <ButtonLink href="/videos/new">Add video</ButtonLink>
        </div>
      </div>

      {params.deleted ? <FormMessage tone="success">Video deleted, with its readings.</FormMessage> : null}

      {list.total === 0 && !filtered ? (
        <EmptyState title="No videos yet">
          <p>Add a video with its first stats reading to see its engagement rate (ER) and tier.</p>
          <ButtonLink href="/videos/new" className="mt-4 inline-block">
            Add your first video
          </ButtonLink>
        </EmptyState>
      ) : (
        <>
          {/* A plain GET form: the filters become the URL, so a view can be bookmarked. */}
          <form method="get" action="/videos" role="search" aria-label="Find videos" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6 dark:border-slate-800 dark:bg-slate-900">
            <TextField name="q" label="Search title or hashtag" type="search" defaultValue={query.q} placeholder="dance or #fyp" className="lg:col-span-2" />
            <SelectField
              name="tier"
              label="Tier"
              defaultValue={query.tier ?? ""}
              options={[{ value: "", label: "Any tier" }, ...TIERS.map((t) => ({ value: t, label: TIER_LABELS[t] }))]}
            />
            <TextField name="from" label="Posted from" type="date" defaultValue={query.from ?? ""} />
            <TextField name="to" label="Posted to" type="date" defaultValue={query.to ?? ""} />
            {query.sort !== "posted" ? <input type="hidden" name="sort" value={query.sort} /> : null}
            {query.dir !== "desc" ? <input type="hidden" name="dir" value={query.dir} /> : null}
            <div className="flex items-end gap-2">
              <Button type="submit">Apply</Button>
              {filtered ? (
                <ButtonLink href={videoListHref({ sort: query.sort, dir: query.dir })} variant="ghost" size="compact">
                  Clear
                </ButtonLink>
              ) : null}
            </div>
          </form>

          <p className="text-sm text-slate-600 dark:text-slate-400" role="status">
            {list.total === 0
              ? "No videos match these filters."
              : `Showing ${formatCount(first, user.locale)}–${formatCount(last, user.locale)} of ${formatCount(list.total, user.locale)} ${list.total === 1 ? "video" : "videos"}.`}
          </p>

          {list.rows.length > 0 ? <VideosTable rows={list.rows} query={{ ...query, page: list.page }} locale={user.locale} timeZone={user.timeZone} erLabel={erLabel({ includeSaves })} /> : null}

          <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(page) => videoListHref({ ...query, page })} label="Video pages" />
        </>
      )}
    </section>
  );
}
