// Registry of the matrix: one import and one spread per feature.
import type { MatrixCase, WorldBuilder } from "./types";
import { accountCases } from "./account.cases";
import { buildVideos, videoCases } from "./videos.cases";
import { buildDashboard, dashboardCases } from "./dashboard.cases";

export const builders: WorldBuilder[] = [buildVideos, buildDashboard];

export const cases: MatrixCase[] = [...accountCases, ...videoCases, ...dashboardCases];
