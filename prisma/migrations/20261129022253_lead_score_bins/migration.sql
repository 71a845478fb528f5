-- AlterTable
ALTER TABLE "Lead" ADD COLUMN     "scoreBins" BYTEA;
