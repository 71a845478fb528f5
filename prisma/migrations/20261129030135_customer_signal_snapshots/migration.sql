-- CreateTable
CREATE TABLE "CustomerSignalSnapshot" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "observedAt" TIMESTAMP(3) NOT NULL,
    "healthScore" INTEGER,
    "activeUsers" INTEGER,
    "seats" INTEGER,
    "usageTrend" DOUBLE PRECISION,
    "industry" TEXT,
    "employees" INTEGER,
    "annualRevenue" DECIMAL(16,2),
    "country" TEXT,
    "plan" TEXT,
    "mrr" DECIMAL(14,2),

    CONSTRAINT "CustomerSignalSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CustomerSignalSnapshot_tenantId_customerId_observedAt_idx" ON "CustomerSignalSnapshot"("tenantId", "customerId", "observedAt");
