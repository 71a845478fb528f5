-- Read paths as index ranges (ADR 022): the sort orders of the lead table (one index per field and
-- direction, id ascending as the tie-break), the deals of a customer newest first, the best scored
-- lead of a customer.

-- DropIndex
DROP INDEX "Deal_tenantId_customerId_idx";

-- DropIndex
DROP INDEX "Lead_tenantId_createdAt_idx";

-- DropIndex
DROP INDEX "Lead_tenantId_customerId_idx";

-- DropIndex
DROP INDEX "Lead_tenantId_status_idx";

-- CreateIndex
CREATE INDEX "Deal_tenantId_customerId_createdAt_id_idx" ON "Deal"("tenantId", "customerId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Lead_tenantId_score_asc_id_idx" ON "Lead"("tenantId", "score", "id");

-- CreateIndex
CREATE INDEX "Lead_tenantId_createdAt_desc_id_idx" ON "Lead"("tenantId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Lead_tenantId_createdAt_id_idx" ON "Lead"("tenantId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Lead_tenantId_status_desc_id_idx" ON "Lead"("tenantId", "status" DESC, "id");

-- CreateIndex
CREATE INDEX "Lead_tenantId_status_id_idx" ON "Lead"("tenantId", "status", "id");

-- CreateIndex
CREATE INDEX "Lead_tenantId_name_desc_id_idx" ON "Lead"("tenantId", "name" DESC, "id");

-- CreateIndex
CREATE INDEX "Lead_tenantId_name_id_idx" ON "Lead"("tenantId", "name", "id");

-- CreateIndex
CREATE INDEX "Lead_tenantId_customerId_score_id_idx" ON "Lead"("tenantId", "customerId", "score" DESC, "id");
