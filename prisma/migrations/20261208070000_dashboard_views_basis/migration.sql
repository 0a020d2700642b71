-- Issue 16, item 5: which views the dashboard leads with, per creator ("views gained" by default,
-- as TikTok Studio counts; or "views of videos posted in range"), and an index for the gains:
-- the rollup rows captured in a range, read by (creator, capture day).
-- CreateEnum
CREATE TYPE "views_basis" AS ENUM ('gained', 'posted');

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "dashboard_views_basis" "views_basis" NOT NULL DEFAULT 'gained';

-- CreateIndex
CREATE INDEX "video_day_totals_user_id_captured_on_views_interactions_idx" ON "video_day_totals"("user_id", "captured_on", "views", "interactions");

