-- AlterTable
ALTER TABLE "LeadScoreSnapshot" ADD COLUMN     "runId" TEXT;

-- CreateTable
CREATE TABLE "ScheduledJobClaim" (
    "job" TEXT NOT NULL,
    "slot" TIMESTAMP(3) NOT NULL,
    "claimedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScheduledJobClaim_pkey" PRIMARY KEY ("job","slot")
);

-- CreateTable
CREATE TABLE "LeadHistoryImportRow" (
    "tenantId" TEXT NOT NULL,
    "rowKey" TEXT NOT NULL,
    "leadId" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LeadHistoryImportRow_pkey" PRIMARY KEY ("tenantId","rowKey")
);

-- CreateIndex
CREATE UNIQUE INDEX "LeadScoreSnapshot_runId_leadId_key" ON "LeadScoreSnapshot"("runId", "leadId");
