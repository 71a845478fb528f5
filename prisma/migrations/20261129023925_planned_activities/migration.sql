-- CreateEnum
CREATE TYPE "PlannedActivityType" AS ENUM ('TASK', 'CALL', 'MEETING', 'EMAIL');

-- CreateEnum
CREATE TYPE "PlannedActivityStatus" AS ENUM ('OPEN', 'DONE', 'CANCELLED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ActivityType" ADD VALUE 'ACTIVITY_PLANNED';
ALTER TYPE "ActivityType" ADD VALUE 'ACTIVITY_RESCHEDULED';
ALTER TYPE "ActivityType" ADD VALUE 'ACTIVITY_CANCELLED';

-- CreateTable
CREATE TABLE "PlannedActivity" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "dealId" TEXT,
    "leadId" TEXT,
    "type" "PlannedActivityType" NOT NULL,
    "subject" TEXT NOT NULL,
    "note" TEXT,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "ownerId" TEXT NOT NULL,
    "status" "PlannedActivityStatus" NOT NULL DEFAULT 'OPEN',
    "completedAt" TIMESTAMP(3),
    "createdBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlannedActivity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlannedActivity_tenantId_ownerId_status_dueAt_id_idx" ON "PlannedActivity"("tenantId", "ownerId", "status", "dueAt", "id");

-- CreateIndex
CREATE INDEX "PlannedActivity_dealId_status_dueAt_id_idx" ON "PlannedActivity"("dealId", "status", "dueAt", "id");

-- CreateIndex
CREATE INDEX "PlannedActivity_leadId_status_dueAt_id_idx" ON "PlannedActivity"("leadId", "status", "dueAt", "id");
