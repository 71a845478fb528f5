-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "reportingCurrency" CHAR(3);

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "fromCurrency" CHAR(3) NOT NULL,
    "toCurrency" CHAR(3) NOT NULL,
    "date" DATE NOT NULL,
    "rate" DECIMAL(24,12) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExchangeRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForecastSnapshot" (
    "tenantId" TEXT NOT NULL,
    "pipelineId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "month" CHAR(7) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "openValue" DECIMAL(16,2) NOT NULL,
    "weightedValue" DECIMAL(16,2) NOT NULL,
    "wonValue" DECIMAL(16,2) NOT NULL,
    "dealCount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForecastSnapshot_pkey" PRIMARY KEY ("tenantId","pipelineId","day","month","currency")
);

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeRate_tenantId_fromCurrency_toCurrency_date_key" ON "ExchangeRate"("tenantId", "fromCurrency", "toCurrency", "date");

-- CreateIndex
CREATE INDEX "ForecastSnapshot_tenantId_month_day_idx" ON "ForecastSnapshot"("tenantId", "month", "day");
