import path from "node:path";
import { defineConfig } from "prisma/config";

// DATABASE_URL is read lazily so `prisma generate` (postinstall) works without a database.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
