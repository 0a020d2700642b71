// POST /api/import/preview (multipart `files`): what importing these files would change — kind, rows, new/updated/unchanged, problems.
import { previewImport } from "@/lib/data/imports";
import { ImportBusyError, ImportReadError } from "@/lib/errors";
import { parseImportFilesOffThread } from "@/lib/import/parse-pool";
import { readImportUpload } from "@/lib/import/upload";
import { withCreator } from "@/lib/route-handler";

export const dynamic = "force-dynamic";
export const maxDuration = 300;

export const POST = withCreator("import preview", async (request, user) => {
  const upload = await readImportUpload(request);
  if (!upload.ok) return Response.json({ error: upload.error }, { status: upload.status });
  const { timeZone } = user;
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
});
