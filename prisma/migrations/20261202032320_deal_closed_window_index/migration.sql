-- CreateIndex
CREATE INDEX "Deal_stageId_closedAt_currency_tenantId_value_idx" ON "Deal"("stageId", "closedAt", "currency", "tenantId", "value");
