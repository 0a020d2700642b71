// POST /api/import/preview (multipart `files`): what importing these files would change — kind, rows, new/updated/unchanged, problems.
import { requireUserForRoute } from "@/lib/auth";
import { crossOriginResponse, isSameOrigin } from "@/lib/auth/origin";
import { previewImport } from "@/lib/data/imports";
import { isValidTimeZone } from "@/lib/domain/time";
import { ImportBusyError, ImportReadError } from "@/lib/import/errors";
import { parseImportFilesOffThread } from "@/lib/import/parse-pool";
import { readImportUpload } from "@/lib/import/upload";

export const dynamic = "force-dynamic";
export const maxDuration = 300;

export async function POST(request: Request): Promise<Response> {
  const user = await requireUserForRoute();
  if (!user) return Response.json({ error: "Sign in to continue." }, { status: 401 });
  if (!isSameOrigin(request)) return crossOriginResponse();
  const upload = await readImportUpload(request);
  if (!upload.ok) return Response.json({ error: upload.error }, { status: upload.status });
  const timeZone = isValidTimeZone(user.timeZone) ? user.timeZone : "UTC";
  try {
    // Unpacked and parsed in a worker thread: a hostile ZIP never holds up other requests.
    const parsed = await parseImportFilesOffThread(upload.sources, { timeZone, now: new Date() });
    const preview = await previewImport(user.id, timeZone, parsed);
    return Response.json(preview, { headers: { "cache-control": "no-store" } });
  } catch (e) {
    if (e instanceof ImportBusyError) return Response.json({ error: e.message }, { status: 503, headers: { "retry-after": "30" } });
    if (e instanceof ImportReadError) return Response.json({ error: e.message }, { status: 422 });
    console.error("[import] preview failed", e);
    return Response.json({ error: "The preview failed on our side. Nothing was saved; try again in a moment." }, { status: 500 });
  }
}
