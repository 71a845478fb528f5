-- CreateIndex
CREATE INDEX "Deal_tenantId_createdAt_id_idx" ON "Deal"("tenantId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Deal_tenantId_value_id_idx" ON "Deal"("tenantId", "value", "id");

-- CreateIndex
CREATE INDEX "Deal_tenantId_title_id_idx" ON "Deal"("tenantId", "title", "id");
