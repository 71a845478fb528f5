-- AlterTable
ALTER TABLE "PipelineStage" ADD COLUMN     "handRottingDays" INTEGER,
ADD COLUMN     "learnedRottingDays" INTEGER;

-- Until now every threshold was entered by hand (ADR 026: rottingDays becomes the one in force).
UPDATE "PipelineStage" SET "handRottingDays" = "rottingDays";
