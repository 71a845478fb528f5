-- CreateIndex
CREATE INDEX "Deal_stageId_currency_tenantId_value_idx" ON "Deal"("stageId", "currency", "tenantId", "value");
