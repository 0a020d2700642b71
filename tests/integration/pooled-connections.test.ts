// Connections that go back to a pool must not keep listeners added for the work they did: pg's
// pool hands the most recently returned idle connection to the next user, so a listener left
// behind per use piles up on one connection until Node warns ("MaxListenersExceededWarning:
// 11 error listeners added to [Client]") and, left running, leaks memory.
import { afterAll, afterEach, beforeEach, expect, test } from "vitest";
import { commitImport, endImportPool, previewImport } from "@/lib/data/imports";
import { parseReportRequest, renderReport } from "@/lib/data/reports";
import { endExportPool } from "@/lib/data/reports/export-connection";
import { parseImportFiles } from "@/lib/import/parse";
import * as F from "@/lib/import/testing/fixtures";
import { createCreator } from "./helpers/creators";

const NOW = new Date("2026-09-01T10:00:00Z");
const TZ = "Europe/Berlin";
/** More uses than Node's default limit of 10 listeners per event. */
const USES = 12;

let warnings: string[] = [];
const onWarning = (w: Error) => {
  if (w.name === "MaxListenersExceededWarning") warnings.push(w.message);
};
beforeEach(() => {
  warnings = [];
  process.on("warning", onWarning);
});
afterEach(() => {
  process.off("warning", onWarning);
});
afterAll(async () => {
  await endImportPool();
  await endExportPool();
});

/** Warnings are emitted on a later tick than the call that triggers them. */
const settle = () => new Promise((r) => setTimeout(r, 20));

test(`${USES} imports and previews in a row leave no listeners behind on the import pool's connection`, async () => {
  const u = await createCreator({ timeZone: TZ });
  const parsed = await parseImportFiles([{ name: "Content.csv", bytes: F.bigContentCsv(3) }], { timeZone: TZ, now: NOW });
  for (let i = 0; i < USES; i++) {
    await previewImport(u.id, TZ, parsed);
    await commitImport(u.id, TZ, parsed);
  }
  await settle();
  expect(warnings).toEqual([]);
}, 60_000);

test(`${USES} exports in a row leave no listeners behind on the export pool's connection`, async () => {
  const u = await createCreator({ timeZone: TZ });
  const user = { id: u.id, timeZone: u.timeZone, currency: u.currency, locale: u.locale };
  const parsed = parseReportRequest("readings", new URLSearchParams("range=all"));
  if (!parsed.ok) throw new Error(parsed.error);
  for (let i = 0; i < USES; i++) await renderReport(user, parsed.request, { now: NOW });
  await settle();
  expect(warnings).toEqual([]);
});
