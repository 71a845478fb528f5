-- CreateEnum
CREATE TYPE "ConditionMatch" AS ENUM ('ALL', 'ANY');

-- CreateEnum
CREATE TYPE "RoutingAssignment" AS ENUM ('USER', 'ROUND_ROBIN');

-- CreateEnum
CREATE TYPE "RoutingOutcome" AS ENUM ('ASSIGNED', 'UNCHANGED', 'NO_MATCH', 'SKIPPED', 'FAILED');

-- CreateEnum
CREATE TYPE "AutomationTrigger" AS ENUM ('LEAD_CREATED', 'SCORE_CROSSED', 'DEAL_STAGE_CHANGED', 'DEAL_ROTTING');

-- CreateEnum
CREATE TYPE "CrossingDirection" AS ENUM ('UP', 'DOWN');

-- CreateEnum
CREATE TYPE "AutomationOutcome" AS ENUM ('ACTED', 'NOT_MATCHED', 'SKIPPED', 'FAILED');

-- AlterEnum
ALTER TYPE "ActivityType" ADD VALUE 'TASK';

-- DropIndex
DROP INDEX "Automation_tenantId_position_idx";

-- AlterTable
ALTER TABLE "Automation" ADD COLUMN     "direction" "CrossingDirection",
ADD COLUMN     "match" "ConditionMatch" NOT NULL DEFAULT 'ALL',
ADD COLUMN     "stageId" TEXT,
ADD COLUMN     "threshold" INTEGER,
DROP COLUMN "trigger",
ADD COLUMN     "trigger" "AutomationTrigger" NOT NULL;

-- AlterTable
ALTER TABLE "AutomationRun" DROP COLUMN "detail",
DROP COLUMN "status",
ADD COLUMN     "actions" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "error" TEXT,
ADD COLUMN     "eventId" TEXT NOT NULL,
ADD COLUMN     "outcome" "AutomationOutcome" NOT NULL,
ADD COLUMN     "reason" TEXT NOT NULL;

-- AlterTable
ALTER TABLE "RoutingRule" ADD COLUMN     "assignment" "RoutingAssignment" NOT NULL DEFAULT 'ROUND_ROBIN',
ADD COLUMN     "match" "ConditionMatch" NOT NULL DEFAULT 'ALL';

-- AlterTable
ALTER TABLE "RoutingRun" DROP COLUMN "detail",
ADD COLUMN     "error" TEXT,
ADD COLUMN     "evaluations" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "eventId" TEXT NOT NULL,
ADD COLUMN     "outcome" "RoutingOutcome" NOT NULL,
ADD COLUMN     "previousOwnerId" TEXT,
ADD COLUMN     "reason" TEXT NOT NULL,
ADD COLUMN     "trigger" TEXT NOT NULL;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "available" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "RoutingSettings" (
    "tenantId" TEXT NOT NULL,
    "fallbackOwnerId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RoutingSettings_pkey" PRIMARY KEY ("tenantId")
);

-- CreateTable
CREATE TABLE "SalesEvent" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "leadId" TEXT,
    "dealId" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "causedBy" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "dedupeKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "processedAt" TIMESTAMP(3),
    "error" TEXT,

    CONSTRAINT "SalesEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SalesEvent_processedAt_createdAt_idx" ON "SalesEvent"("processedAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SalesEvent_tenantId_dedupeKey_key" ON "SalesEvent"("tenantId", "dedupeKey");

-- CreateIndex
CREATE INDEX "Automation_tenantId_trigger_idx" ON "Automation"("tenantId", "trigger");

-- CreateIndex
CREATE INDEX "AutomationRun_tenantId_leadId_idx" ON "AutomationRun"("tenantId", "leadId");

-- CreateIndex
CREATE INDEX "AutomationRun_tenantId_dealId_idx" ON "AutomationRun"("tenantId", "dealId");

-- CreateIndex
CREATE UNIQUE INDEX "AutomationRun_automationId_eventId_key" ON "AutomationRun"("automationId", "eventId");

-- CreateIndex
CREATE INDEX "Lead_tenantId_ownerId_status_idx" ON "Lead"("tenantId", "ownerId", "status");

-- CreateIndex
CREATE INDEX "RoutingRun_tenantId_leadId_createdAt_idx" ON "RoutingRun"("tenantId", "leadId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RoutingRun_eventId_leadId_key" ON "RoutingRun"("eventId", "leadId");

-- Domain events are written to the "SalesEvent" outbox by triggers, in the transaction of the
-- change, so no commit path can forget one and a crash after commit loses none (ADR 016). Each
-- trigger runs once per statement over its transition table: one INSERT ... SELECT for a page of
-- 2,000 rescored leads. Events are only written for tenants that have something to run on them.
-- Bodies are E'' strings with each semicolon written \073: the PostgreSQL driver adapter runs a
-- migration one statement at a time, split at every semicolon.

-- The score bands of services/leadScoring/scoreBand.ts (a test holds the two equal).
CREATE FUNCTION "Lead_score_band"(score integer) RETURNS integer
LANGUAGE sql IMMUTABLE AS 'SELECT CASE WHEN score IS NULL THEN NULL WHEN score >= 70 THEN 3 WHEN score >= 40 THEN 2 WHEN score >= 20 THEN 1 ELSE 0 END';

-- The automations whose actions made this change (set by the automation runner for its
-- transaction): the loop guard's chain.
CREATE FUNCTION "SalesEvent_caused_by"() RETURNS text[]
LANGUAGE sql STABLE AS 'SELECT COALESCE(string_to_array(NULLIF(current_setting(''sales.caused_by'', true), ''''), '',''), ARRAY[]::text[])';

CREATE FUNCTION "SalesEvent_routing_configured"(tenant text) RETURNS boolean
LANGUAGE sql STABLE AS 'SELECT EXISTS (SELECT 1 FROM "RoutingRule" r WHERE r."tenantId" = tenant AND r.enabled) OR EXISTS (SELECT 1 FROM "RoutingSettings" s WHERE s."tenantId" = tenant AND s."fallbackOwnerId" IS NOT NULL)';

CREATE FUNCTION "SalesEvent_has_automation"(tenant text, kind "AutomationTrigger") RETURNS boolean
LANGUAGE sql STABLE AS 'SELECT EXISTS (SELECT 1 FROM "Automation" a WHERE a."tenantId" = tenant AND a.enabled AND a.trigger = kind)';

CREATE FUNCTION "SalesEvent_lead_created"() RETURNS trigger
LANGUAGE plpgsql AS E'BEGIN INSERT INTO "SalesEvent" (id, "tenantId", name, "leadId", data, "causedBy") SELECT gen_random_uuid()::text, n."tenantId", ''lead/created'', n.id, jsonb_build_object(''score'', n.score), "SalesEvent_caused_by"() FROM new_leads n WHERE "SalesEvent_routing_configured"(n."tenantId") OR "SalesEvent_has_automation"(n."tenantId", ''LEAD_CREATED'')\073 RETURN NULL\073 END';

CREATE TRIGGER "Lead_created_event"
AFTER INSERT ON "Lead"
REFERENCING NEW TABLE AS new_leads
FOR EACH STATEMENT EXECUTE FUNCTION "SalesEvent_lead_created"();

-- A score change is an event when it changes the lead's band (routing re-runs) or crosses the
-- threshold of an enabled SCORE_CROSSED automation (a first score counts as coming from below).
CREATE FUNCTION "SalesEvent_lead_score_changed"() RETURNS trigger
LANGUAGE plpgsql AS E'BEGIN INSERT INTO "SalesEvent" (id, "tenantId", name, "leadId", data, "causedBy") SELECT gen_random_uuid()::text, n."tenantId", ''lead/score.changed'', n.id, jsonb_build_object(''from'', o.score, ''to'', n.score), "SalesEvent_caused_by"() FROM new_leads n JOIN old_leads o ON o.id = n.id WHERE n.score IS DISTINCT FROM o.score AND n.score IS NOT NULL AND ((("Lead_score_band"(o.score) IS DISTINCT FROM "Lead_score_band"(n.score)) AND "SalesEvent_routing_configured"(n."tenantId")) OR EXISTS (SELECT 1 FROM "Automation" a WHERE a."tenantId" = n."tenantId" AND a.enabled AND a.trigger = ''SCORE_CROSSED'' AND a.threshold > LEAST(COALESCE(o.score, -1), n.score) AND a.threshold <= GREATEST(COALESCE(o.score, -1), n.score)))\073 RETURN NULL\073 END';

CREATE TRIGGER "Lead_score_changed_event"
AFTER UPDATE ON "Lead"
REFERENCING OLD TABLE AS old_leads NEW TABLE AS new_leads
FOR EACH STATEMENT EXECUTE FUNCTION "SalesEvent_lead_score_changed"();

CREATE FUNCTION "SalesEvent_deal_created"() RETURNS trigger
LANGUAGE plpgsql AS E'BEGIN INSERT INTO "SalesEvent" (id, "tenantId", name, "leadId", "dealId", data, "causedBy") SELECT gen_random_uuid()::text, n."tenantId", ''deal/stage.changed'', n."leadId", n.id, jsonb_build_object(''fromStageId'', NULL, ''toStageId'', n."stageId"), "SalesEvent_caused_by"() FROM new_deals n WHERE "SalesEvent_has_automation"(n."tenantId", ''DEAL_STAGE_CHANGED'')\073 RETURN NULL\073 END';

CREATE TRIGGER "Deal_created_event"
AFTER INSERT ON "Deal"
REFERENCING NEW TABLE AS new_deals
FOR EACH STATEMENT EXECUTE FUNCTION "SalesEvent_deal_created"();

CREATE FUNCTION "SalesEvent_deal_stage_changed"() RETURNS trigger
LANGUAGE plpgsql AS E'BEGIN INSERT INTO "SalesEvent" (id, "tenantId", name, "leadId", "dealId", data, "causedBy") SELECT gen_random_uuid()::text, n."tenantId", ''deal/stage.changed'', n."leadId", n.id, jsonb_build_object(''fromStageId'', o."stageId", ''toStageId'', n."stageId"), "SalesEvent_caused_by"() FROM new_deals n JOIN old_deals o ON o.id = n.id WHERE n."stageId" IS DISTINCT FROM o."stageId" AND "SalesEvent_has_automation"(n."tenantId", ''DEAL_STAGE_CHANGED'')\073 RETURN NULL\073 END';

CREATE TRIGGER "Deal_stage_changed_event"
AFTER UPDATE ON "Deal"
REFERENCING OLD TABLE AS old_deals NEW TABLE AS new_deals
FOR EACH STATEMENT EXECUTE FUNCTION "SalesEvent_deal_stage_changed"();
