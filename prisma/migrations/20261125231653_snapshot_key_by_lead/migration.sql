-- DropIndex
DROP INDEX "LeadScoreSnapshot_leadId_createdAt_idx";

-- AlterTable
ALTER TABLE "LeadScoreSnapshot" DROP CONSTRAINT "LeadScoreSnapshot_pkey",
ADD CONSTRAINT "LeadScoreSnapshot_pkey" PRIMARY KEY ("leadId", "createdAt", "id");
