// Registry of the matrix: one import and one spread per feature.
import type { MatrixCase, WorldBuilder } from "./types";

export const builders: WorldBuilder[] = [];

export const cases: MatrixCase[] = [];
