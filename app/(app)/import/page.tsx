import type { Metadata } from "next";
import { ImportWizard } from "@/components/import/import-wizard";
import { requireUser } from "@/lib/auth";
import { MAX_FILE_BYTES, MAX_FILES } from "@/lib/import/limits";
import { warmParsePool } from "@/lib/import/parse-pool";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  const user = await requireUser();
  // The upload parsers load (a second or two of CPU, far more on a busy machine) while the
  // creator picks files, not while the first upload waits for its preview.
  warmParsePool();
  return (
    <section className="max-w-5xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">Import data</h1>
        <p className="text-slate-700 dark:text-slate-300">
          In TikTok Studio, open Analytics and choose <span className="font-medium">Download data</span>. Bring the ZIP here as it is, or the
          Content, Overview and FollowerHistory files inside it (CSV or XLSX, in any language TikTok writes). Tierline&apos;s own Videos and
          Readings exports import back too. Importing the same file again changes nothing, so overlapping downloads are safe.
        </p>
      </div>
      <ImportWizard maxFiles={MAX_FILES} maxFileBytes={MAX_FILE_BYTES} locale={user.locale} />
    </section>
  );
}
