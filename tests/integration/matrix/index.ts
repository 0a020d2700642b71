// Registry of the matrix: one import and one spread per feature.
import type { MatrixCase, WorldBuilder } from "./types";
import { accountCases } from "./account.cases";
import { buildVideos, videoCases } from "./videos.cases";
import { buildDashboard, dashboardCases } from "./dashboard.cases";
import { buildMoney, moneyCases } from "./money.cases";

export const builders: WorldBuilder[] = [buildVideos, buildDashboard, buildMoney];

export const cases: MatrixCase[] = [...accountCases, ...videoCases, ...dashboardCases, ...moneyCases];
