-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ActivityType" ADD VALUE 'RESTORED';
ALTER TYPE "ActivityType" ADD VALUE 'REOPENED';

-- AlterTable
ALTER TABLE "Pipeline" ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "DeletedRecord" (
    "tenantId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "related" JSONB NOT NULL DEFAULT '{}',
    "deletedBy" TEXT,
    "deletedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeletedRecord_pkey" PRIMARY KEY ("kind","id")
);

-- CreateIndex
CREATE INDEX "DeletedRecord_tenantId_deletedAt_idx" ON "DeletedRecord"("tenantId", "deletedAt");
