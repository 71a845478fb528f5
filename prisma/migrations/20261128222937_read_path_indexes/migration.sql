-- Read paths as index ranges (ADR 022): the lead table's sort orders, one index per field and
-- direction with id ascending as the tie-break; a customer's deals newest first; a customer's
-- best scored lead.

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
