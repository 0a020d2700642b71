-- The dashboard's video list without several passes over every video of the range (issue 9):
-- the most viewed and the highest-rate videos are read off indexes in that order, so only
-- the median still reads the whole range. Replaces the covering index of 20261126150000
-- (which also carried latest_captured_at: the dashboard now asks the readings index whether
-- any reading is after the range instead).

DROP INDEX "videos_user_id_posted_at_latest_captured_at_latest_views_la_idx";

-- The range's videos in posting order with what the count, the median and small ranges need.
CREATE INDEX "videos_user_id_posted_at_latest_views_latest_likes_latest_c_idx" ON "videos"("user_id", "posted_at", "latest_views", "latest_likes", "latest_comments", "latest_shares", "duration_seconds", "id");
-- Most viewed first (videos with a reading; videos without one follow by posting time).
CREATE INDEX "videos_user_id_latest_views_posted_at_id_duration_seconds_idx" ON "videos"("user_id", "latest_views" DESC, "posted_at" DESC, "id", "duration_seconds");
-- Highest engagement rate first, in float8 (the same expression the dashboard orders by; only
-- to find the candidates, which are then compared exactly in integers). Prisma's schema cannot
-- express an index on an expression, so it lives here only.
-- The included columns let PostgreSQL answer from the index alone (it needs the expression's
-- columns for that), which is also what makes the planner pick this index.
CREATE INDEX "videos_user_id_latest_rate_idx" ON "videos"("user_id", (("latest_likes"::float8 + "latest_comments" + "latest_shares") * 100 / "latest_views") DESC, "posted_at")
  INCLUDE ("id", "latest_views", "latest_likes", "latest_comments", "latest_shares") WHERE "latest_views" > 0;
