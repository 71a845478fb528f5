-- AlterTable
ALTER TABLE "Pipeline" ADD COLUMN     "stageRateWindowMonths" INTEGER NOT NULL DEFAULT 12,
ADD COLUMN     "stageRatesClosedDeals" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "stageRatesComputedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "PipelineStage" ADD COLUMN     "blendedProbability" DOUBLE PRECISION,
ADD COLUMN     "learnedSampleSize" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "priorProbability" DOUBLE PRECISION;
