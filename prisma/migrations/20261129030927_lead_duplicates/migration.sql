-- AlterEnum
ALTER TYPE "ActivityType" ADD VALUE 'MERGED';

-- Duplicate checks on createLead (ADR 030): an open lead with the same email, or the same name
-- and company, any case. Expressions Prisma cannot declare: they live here only.
CREATE INDEX "Lead_tenantId_lower_email_idx" ON "Lead" ("tenantId", lower(email));
CREATE INDEX "Lead_tenantId_lower_name_idx" ON "Lead" ("tenantId", lower(name));
