-- AlterTable
ALTER TABLE "Deal" ADD COLUMN     "winBins" BYTEA,
ADD COLUMN     "winModelVersion" INTEGER,
ADD COLUMN     "winProbability" DOUBLE PRECISION,
ADD COLUMN     "winScoredAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "DealWinModel" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "params" JSONB NOT NULL,
    "metrics" JSONB,
    "trainingFrom" TIMESTAMP(3),
    "trainingTo" TIMESTAMP(3),
    "trainingRows" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT false,
    "trainedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "notes" TEXT,

    CONSTRAINT "DealWinModel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DealWinModel_tenantId_active_idx" ON "DealWinModel"("tenantId", "active");

-- CreateIndex
CREATE UNIQUE INDEX "DealWinModel_tenantId_version_key" ON "DealWinModel"("tenantId", "version");
