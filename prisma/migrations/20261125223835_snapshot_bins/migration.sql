-- AlterTable
ALTER TABLE "LeadScoreSnapshot" ADD COLUMN     "bins" BYTEA,
ALTER COLUMN "factors" DROP NOT NULL;
