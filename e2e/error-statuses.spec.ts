// The HTTP status of what goes wrong, as a client sees it: every page that takes an id answers
// 404 to another creator, a missing and a malformed id (200 to its owner), and a hand-made or
// cross-site server-action call answers 400 or 403, never 500. The cross-creator matrix
// (tests/integration/matrix/) holds the data layer; this holds the pages' statuses.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { insertCreatorRecords, videoExists, type CreatorRecords } from "./creator-records";
import { expect, signUp, test, testAddress } from "./fixtures";

/** Every page route with an id, for one creator's records. */
function idPages(r: Pick<CreatorRecords, "video" | "reading" | "incomeEntry">): string[] {
  return [
    `/videos/${r.video}`,
    `/videos/${r.video}/edit`,
    `/videos/${r.video}/readings/${r.reading}/edit`,
    `/earnings/entries/${r.incomeEntry}/edit`,
  ];
}

async function expectStatus(page: Page, path: string, status: number, absent?: string) {
  const res = await page.request.get(path);
  expect(res.status(), `${path}`).toBe(status);
  if (absent) expect(await res.text(), path).not.toContain(absent);
}

test.describe("pages with an id", () => {
  test("answer 404 to another creator, a missing or malformed id, and 200 to their owner", async ({ page, creator, browser, baseURL }) => {
    test.slow(); // Many requests, on a machine shared with other builds.
    const a = await insertCreatorRecords(creator.email, `status-matrix-A-${randomUUID().slice(0, 8)}`);
    const other = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": testAddress() } });
    const bPage = await other.newPage();
    const b = await insertCreatorRecords((await signUp(bPage)).email, `status-matrix-B-${randomUUID().slice(0, 8)}`);

    for (const path of idPages(a)) {
      const res = await page.request.get(path);
      expect(res.status(), path).toBe(200);
      expect(await res.text(), path).toContain(a.title);
    }
    // B on every page of A's ids, and on B's own video with A's reading (and the reverse).
    for (const path of [
      ...idPages(a),
      `/videos/${b.video}/readings/${a.reading}/edit`,
      `/videos/${a.video}/readings/${b.reading}/edit`,
    ]) {
      await expectStatus(bPage, path, 404, a.title);
    }
    await expect(bPage.goto(`/videos/${a.video}`).then((r) => r?.status())).resolves.toBe(404);
    await expect(bPage.getByRole("heading", { name: "Video not found" })).toBeVisible();

    const missing = { video: randomUUID(), reading: "987654321987", incomeEntry: randomUUID() };
    const malformed = { video: "not-a-video-id", reading: "1e3", incomeEntry: "1'%20OR%20'1" };
    for (const path of [
      ...idPages(missing),
      ...idPages(malformed),
      `/videos/${b.video}/readings/${missing.reading}/edit`,
      `/videos/${b.video}/readings/${malformed.reading}/edit`,
    ]) {
      await expectStatus(bPage, path, 404);
    }
    await other.close();
  });
});

/** The delete action's id, from a real click whose request is stopped before it reaches the server. */
async function deleteVideoActionId(page: Page, videoId: string): Promise<string> {
  let actionId = "";
  const pattern = `**/videos/${videoId}`;
  await page.route(pattern, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    actionId = (await route.request().headerValue("next-action")) ?? "";
    await route.abort();
  });
  await page.goto(`/videos/${videoId}`);
  await page.getByRole("button", { name: "Delete video" }).click();
  await page.getByRole("button", { name: "Yes, delete video" }).click();
  await expect.poll(() => actionId).toMatch(/^[0-9a-f]{40,}$/);
  await page.unroute(pattern);
  return actionId;
}

test.describe("server actions called by hand", () => {
  test("malformed calls answer 400 and cross-site form posts 403, never 500; nothing is deleted", async ({ page, creator, baseURL }) => {
    test.slow(); // Many requests, on a machine shared with other builds.
    const a = await insertCreatorRecords(creator.email, `malformed-action-${randomUUID().slice(0, 8)}`);
    const actionId = await deleteVideoActionId(page, a.video);
    const path = `/videos/${a.video}`;
    const own = { Origin: baseURL!, "Next-Action": actionId };

    const malformed: [string, Parameters<Page["request"]["post"]>[1]][] = [
      // The form as the only argument (how a plain <form action={…}> calls an action).
      ["one argument", { headers: own, multipart: { "0": '["$K1"]', "1_id": a.video } }],
      ["no arguments", { headers: own, multipart: { "0": "[]" } }],
      ["a string where the form goes", { headers: own, multipart: { "0": JSON.stringify([{}, a.video]) } }],
      ["a text body", { headers: { ...own, "Content-Type": "text/plain;charset=UTF-8" }, data: JSON.stringify([{}]) }],
      // No JavaScript: the form's fields name the action, which gets the form as its one argument.
      ["a same-site form post with $ACTION_ID_", { headers: { Origin: baseURL! }, multipart: { [`$ACTION_ID_${actionId}`]: "", id: a.video } }],
    ];
    for (const [name, options] of malformed) {
      const res = await page.request.post(path, { ...options, maxRedirects: 0 });
      expect(res.status(), name).toBe(400);
    }

    const crossSite: [string, Record<string, string>][] = [
      ["another Origin", { Origin: "https://evil.example" }],
      ["no Origin, Sec-Fetch-Site cross-site", { "Sec-Fetch-Site": "cross-site" }],
    ];
    for (const [name, headers] of crossSite) {
      const res = await page.request.post(path, {
        headers,
        multipart: { [`$ACTION_ID_${actionId}`]: "", id: a.video },
        maxRedirects: 0,
      });
      expect(res.status(), `no-JavaScript form post, ${name}`).toBe(403);
      const withHeader = await page.request.post(path, {
        headers: { ...headers, "Next-Action": actionId },
        multipart: { "0": '[{}, "$K1"]', "1_id": a.video },
        maxRedirects: 0,
      });
      expect(withHeader.status(), `action call, ${name}`).toBe(403);
    }
    expect(await videoExists(a.video)).toBe(true);
  });
});
