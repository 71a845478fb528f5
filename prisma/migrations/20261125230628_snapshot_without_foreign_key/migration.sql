-- DropForeignKey
ALTER TABLE "LeadScoreSnapshot" DROP CONSTRAINT "LeadScoreSnapshot_leadId_fkey";

-- Snapshots still go with their lead, as ON DELETE CASCADE did: once per DELETE statement on
-- "Lead", rather than a key check per inserted snapshot. Snapshots are only inserted by the
-- statement that updates their lead (see writeScorePage), so none can point at a missing lead.
-- The body is an E'' string with each semicolon written \073: the PostgreSQL driver adapter runs a
-- migration one statement at a time, split at every semicolon.
CREATE FUNCTION "LeadScoreSnapshot_delete_with_leads"() RETURNS trigger
LANGUAGE plpgsql AS E'BEGIN DELETE FROM "LeadScoreSnapshot" s USING deleted_leads d WHERE s."leadId" = d.id\073 RETURN NULL\073 END';

CREATE TRIGGER "Lead_delete_snapshots"
AFTER DELETE ON "Lead"
REFERENCING OLD TABLE AS deleted_leads
FOR EACH STATEMENT EXECUTE FUNCTION "LeadScoreSnapshot_delete_with_leads"();
