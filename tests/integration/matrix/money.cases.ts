// Cross-creator cases for money and advice: the ledger, earnings settings, goals and insights.
// B acts on A's ledger entry, goal and video ids and must get a not-found; B's reads (ledger,
// monthly comparison, insights, standing, goals) contain nothing of A's.
import type { User } from "@/lib/generated/prisma/client";
import {
  createIncomeEntry,
  deleteIncomeEntry,
  getActualIncomeByBucket,
  getIncomeEntry,
  getMonthlyComparison,
  listIncomeEntries,
  listLedgerVideoOptions,
  updateIncomeEntry,
} from "@/lib/data/income";
import { deleteGoal, getGoalPoints, listGoals, setGoal } from "@/lib/data/goals";
import { getInsightsInput, getStanding } from "@/lib/data/insights";
import { getEarningsSettings, getEarningsSettingsRecord, saveEarningsSettings } from "@/lib/data/earnings-settings";
import { handleCreateIncomeEntry, handleDeleteIncomeEntry, handleUpdateIncomeEntry } from "@/lib/actions/income-handlers";
import { handleDeleteGoal } from "@/lib/actions/goal-handlers";
import { DEFAULT_EARNINGS_SETTINGS } from "@/lib/domain/earnings";
import type { IncomeEntryInput } from "@/lib/validation/income";
import { bId, actingAsB, aId, formOf, type MatrixCase, type World, type WorldBuilder } from "./types";
import { incomeEntry } from "../helpers/income";

// Per creator: an amount, a day and settings of their own, so a leak shows up as A's number
// (the fund rate has seven digits so that it cannot turn up by chance inside an id).
function moneyMarkers(label: string) {
  const code = label.charCodeAt(0);
  return {
    amountCents: BigInt(code) * 1_000_003n + 7n,
    receivedOn: `2026-01-${10 + (code % 10)}`,
    fundRate: 1_000_000 + code * 1_013,
    followersGoal: String(BigInt(code) * 7_000_001n),
  };
}

const entry = (over: Partial<IncomeEntryInput> = {}): IncomeEntryInput => incomeEntry(over, "2026-01-15");

export const buildMoney: WorldBuilder = async (user: User, label: string) => {
  const m = moneyMarkers(label);
  const marker = `matrix-money-${label}-${user.id.slice(0, 8)}`;
  const { id: incomeEntry } = await createIncomeEntry(user.id, entry({ amountCents: m.amountCents, receivedOn: m.receivedOn, note: `${marker} note` }));
  const { id: goal } = await setGoal(user.id, { kind: "followers", target: m.followersGoal, targetDate: null });
  await saveEarningsSettings(user.id, { ...DEFAULT_EARNINGS_SETTINGS, fundRateMillicentsPer1000: m.fundRate });
  return { ids: { incomeEntry, goal }, markers: [marker, m.amountCents.toString(), m.followersGoal, String(m.fundRate)] };
};

const b = bId;
const asB = actingAsB;
const a = aId;
// Both builders ran, so each creator has videos; A's video id comes from the videos builder.
const aVideo = (w: World) => a(w, "video");

const form = formOf;
const entryForm = { receivedOn: "2026-01-20", stream: "brand_deal", amount: "99.99", currency: "USD" };
const NOW = new Date("2026-02-10T12:00:00Z");

export const moneyCases: MatrixCase[] = [
  // Data layer
  { kind: "foreign-id", name: "getIncomeEntry", act: (w) => getIncomeEntry(b(w), a(w, "incomeEntry")) },
  { kind: "foreign-id", name: "updateIncomeEntry", act: (w) => updateIncomeEntry(b(w), a(w, "incomeEntry"), entry({ amountCents: 1n })) },
  { kind: "foreign-id", name: "deleteIncomeEntry", act: (w) => deleteIncomeEntry(b(w), a(w, "incomeEntry")) },
  { kind: "foreign-id", name: "createIncomeEntry with A's video", act: (w) => createIncomeEntry(b(w), entry({ videoId: aVideo(w) })) },
  {
    kind: "foreign-id",
    name: "updateIncomeEntry (B's own entry) to A's video",
    act: async (w) => {
      const own = await listIncomeEntries(b(w));
      const id = own[0]?.id;
      if (!id) throw new Error("B has no entry");
      return updateIncomeEntry(b(w), id, entry({ videoId: aVideo(w) }));
    },
  },
  { kind: "foreign-id", name: "deleteGoal", act: (w) => deleteGoal(b(w), a(w, "goal")) },

  // Form handlers behind the server actions
  {
    kind: "foreign-id",
    name: "updateIncomeEntryAction",
    act: (w) => handleUpdateIncomeEntry(asB(w), form({ id: a(w, "incomeEntry"), ...entryForm }), NOW),
  },
  { kind: "foreign-id", name: "deleteIncomeEntryAction", act: (w) => handleDeleteIncomeEntry(asB(w), form({ id: a(w, "incomeEntry") })) },
  {
    kind: "foreign-id",
    name: "createIncomeEntryAction with A's video",
    act: (w) => handleCreateIncomeEntry(asB(w), form({ ...entryForm, videoId: aVideo(w) }), NOW),
  },
  { kind: "foreign-id", name: "deleteGoalAction", act: (w) => handleDeleteGoal(asB(w), form({ id: a(w, "goal") })) },

  // Reads
  { kind: "own-data-only", name: "listIncomeEntries", read: (w) => listIncomeEntries(b(w)) },
  {
    kind: "own-data-only",
    name: "getMonthlyComparison (with A's settings and ledger in the same months)",
    read: async (w) => getMonthlyComparison(b(w), { timeZone: "UTC", currency: "USD", settings: await getEarningsSettings(b(w)), now: NOW, months: 120 }),
  },
  { kind: "own-data-only", name: "listGoals", read: (w) => listGoals(b(w)) },
  { kind: "own-data-only", name: "getEarningsSettingsRecord", read: (w) => getEarningsSettingsRecord(b(w)) },
  { kind: "own-data-only", name: "listLedgerVideoOptions", read: (w) => listLedgerVideoOptions(b(w)) },
  {
    // By day: A's entry is on a day of its own, so a leak would be a bucket holding A's amount.
    kind: "own-data-only",
    name: "getActualIncomeByBucket (January 2026 by day)",
    read: (w) => getActualIncomeByBucket(b(w), { from: new Date("2026-01-01T00:00:00Z"), to: new Date("2026-02-01T00:00:00Z"), bucket: "day", timeZone: "UTC", currency: "USD" }),
  },
  {
    kind: "own-data-only",
    name: "getGoalPoints, getStanding and getInsightsInput",
    read: async (w) => ({
      goals: await listGoals(b(w)),
      points: await getGoalPoints(b(w), "UTC", NOW),
      standing: await getStanding(b(w), await getEarningsSettings(b(w)), "UTC", NOW),
      insights: await getInsightsInput(b(w), "UTC", NOW),
    }),
  },
];
