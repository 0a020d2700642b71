// Registry of the matrix: one import and one spread per feature.
import type { MatrixCase, WorldBuilder } from "./types";
import { accountCases, buildSessions } from "./account.cases";
import { buildVideos, videoCases } from "./videos.cases";
import { buildDashboard, dashboardCases } from "./dashboard.cases";
import { buildImport, importCases } from "./import.cases";
import { buildMoney, moneyCases } from "./money.cases";
import { reportCases } from "./reports.cases";

export const builders: WorldBuilder[] = [buildSessions, buildVideos, buildDashboard, buildImport, buildMoney];

export const cases: MatrixCase[] = [...accountCases, ...videoCases, ...dashboardCases, ...importCases, ...reportCases, ...moneyCases];
