-- CreateEnum
CREATE TYPE "IncomeStream" AS ENUM ('views_payout', 'brand_deal', 'affiliate', 'merchandise', 'other');

-- CreateEnum
CREATE TYPE "GoalKind" AS ENUM ('followers', 'monthly_views', 'engagement_rate');

-- CreateTable
CREATE TABLE "earnings_settings" (
    "user_id" UUID NOT NULL,
    "fund_rate_millicents_per_1000" INTEGER NOT NULL DEFAULT 4000,
    "rewards_rate_millicents_per_1000" INTEGER NOT NULL DEFAULT 70000,
    "rewards_min_duration_seconds" INTEGER NOT NULL DEFAULT 60,
    "rewards_min_views" INTEGER NOT NULL DEFAULT 1000,
    "brand_rate_cents_per_1000_followers" INTEGER NOT NULL DEFAULT 1500,
    "brand_engagement_bonus_percent" INTEGER NOT NULL DEFAULT 35,
    "brand_bonus_min_rate" DECIMAL(5,2) NOT NULL DEFAULT 5,
    "affiliate_commission_percent" DECIMAL(5,2) NOT NULL DEFAULT 10,
    "include_saves_in_rate" BOOLEAN NOT NULL DEFAULT false,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "earnings_settings_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "income_entries" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "received_on" DATE NOT NULL,
    "stream" "IncomeStream" NOT NULL,
    "amount_cents" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "is_refund" BOOLEAN NOT NULL DEFAULT false,
    "video_id" UUID,
    "note" VARCHAR(1000),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "income_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "goals" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" "GoalKind" NOT NULL,
    "target" DECIMAL(20,4) NOT NULL,
    "target_date" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "goals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "daily_account_stats" (
    "id" BIGSERIAL NOT NULL,
    "user_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "video_views" BIGINT,
    "profile_views" BIGINT,
    "likes" BIGINT,
    "comments" BIGINT,
    "shares" BIGINT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "daily_account_stats_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "income_entries_user_id_received_on_idx" ON "income_entries"("user_id", "received_on");

-- CreateIndex
CREATE INDEX "income_entries_video_id_idx" ON "income_entries"("video_id");

-- CreateIndex
CREATE UNIQUE INDEX "goals_user_id_kind_key" ON "goals"("user_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "daily_account_stats_user_id_date_key" ON "daily_account_stats"("user_id", "date");

-- AddForeignKey
ALTER TABLE "earnings_settings" ADD CONSTRAINT "earnings_settings_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "income_entries" ADD CONSTRAINT "income_entries_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "income_entries" ADD CONSTRAINT "income_entries_video_id_fkey" FOREIGN KEY ("video_id") REFERENCES "videos"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "goals" ADD CONSTRAINT "goals_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "daily_account_stats" ADD CONSTRAINT "daily_account_stats_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

