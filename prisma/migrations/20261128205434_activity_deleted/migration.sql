-- AlterEnum
ALTER TYPE "ActivityType" ADD VALUE 'DELETED';
