DROP INDEX `decisions_status_idx`;
--> statement-breakpoint
CREATE INDEX `decisions_status_idx` ON `decisions` (`status`,`due_on`,`source`,`meeting_id`);
--> statement-breakpoint
DROP INDEX `organizations_year_idx`;
--> statement-breakpoint
DROP INDEX `organizations_province_idx`;
--> statement-breakpoint
CREATE INDEX `organizations_year_idx` ON `organizations` (`jalali_year`,`province_code`,`sector_code`,`kind`,`status`,`source`);
--> statement-breakpoint
CREATE INDEX `organizations_province_idx` ON `organizations` (`province_code`,`jalali_year`,`source`);
--> statement-breakpoint
ALTER TABLE `attendees` ADD `search_text` text DEFAULT '' NOT NULL;
--> statement-breakpoint
-- Search on an index (issue 14). Each searchable table gets an FTS5 trigram index over its
-- compact normalized `search_text` (external content: the index stores no second copy of the
-- text). Triggers keep it in step with every write, whoever the writer is; a row whose
-- search_text is empty is not indexed. Attendees' search_text is itself written by a trigger
-- through compact_fa(), the app's normalizer registered on every connection (db/client.ts).
CREATE VIRTUAL TABLE `organizations_fts` USING fts5(search_text, content='organizations', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `organizations_fts_ai` AFTER INSERT ON `organizations` WHEN NEW.search_text <> '' BEGIN
  INSERT INTO `organizations_fts`(rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;
--> statement-breakpoint
CREATE TRIGGER `organizations_fts_ad` AFTER DELETE ON `organizations` WHEN OLD.search_text <> '' BEGIN
  INSERT INTO `organizations_fts`(`organizations_fts`, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
END;
--> statement-breakpoint
CREATE TRIGGER `organizations_fts_au` AFTER UPDATE OF search_text ON `organizations` BEGIN
  INSERT INTO `organizations_fts`(`organizations_fts`, rowid, search_text) SELECT 'delete', OLD.id, OLD.search_text WHERE OLD.search_text <> '';
  INSERT INTO `organizations_fts`(rowid, search_text) SELECT NEW.id, NEW.search_text WHERE NEW.search_text <> '';
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `meetings_fts` USING fts5(search_text, content='meetings', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `meetings_fts_ai` AFTER INSERT ON `meetings` WHEN NEW.search_text <> '' BEGIN
  INSERT INTO `meetings_fts`(rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;
--> statement-breakpoint
CREATE TRIGGER `meetings_fts_ad` AFTER DELETE ON `meetings` WHEN OLD.search_text <> '' BEGIN
  INSERT INTO `meetings_fts`(`meetings_fts`, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
END;
--> statement-breakpoint
CREATE TRIGGER `meetings_fts_au` AFTER UPDATE OF search_text ON `meetings` BEGIN
  INSERT INTO `meetings_fts`(`meetings_fts`, rowid, search_text) SELECT 'delete', OLD.id, OLD.search_text WHERE OLD.search_text <> '';
  INSERT INTO `meetings_fts`(rowid, search_text) SELECT NEW.id, NEW.search_text WHERE NEW.search_text <> '';
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `decisions_fts` USING fts5(search_text, content='decisions', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `decisions_fts_ai` AFTER INSERT ON `decisions` WHEN NEW.search_text <> '' BEGIN
  INSERT INTO `decisions_fts`(rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;
--> statement-breakpoint
CREATE TRIGGER `decisions_fts_ad` AFTER DELETE ON `decisions` WHEN OLD.search_text <> '' BEGIN
  INSERT INTO `decisions_fts`(`decisions_fts`, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
END;
--> statement-breakpoint
CREATE TRIGGER `decisions_fts_au` AFTER UPDATE OF search_text ON `decisions` BEGIN
  INSERT INTO `decisions_fts`(`decisions_fts`, rowid, search_text) SELECT 'delete', OLD.id, OLD.search_text WHERE OLD.search_text <> '';
  INSERT INTO `decisions_fts`(rowid, search_text) SELECT NEW.id, NEW.search_text WHERE NEW.search_text <> '';
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `attendees_fts` USING fts5(search_text, content='attendees', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `attendees_fts_ad` AFTER DELETE ON `attendees` WHEN OLD.search_text <> '' BEGIN
  INSERT INTO `attendees_fts`(`attendees_fts`, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
END;
--> statement-breakpoint
CREATE TRIGGER `attendees_fts_au` AFTER UPDATE OF search_text ON `attendees` BEGIN
  INSERT INTO `attendees_fts`(`attendees_fts`, rowid, search_text) SELECT 'delete', OLD.id, OLD.search_text WHERE OLD.search_text <> '';
  INSERT INTO `attendees_fts`(rowid, search_text) SELECT NEW.id, NEW.search_text WHERE NEW.search_text <> '';
END;
--> statement-breakpoint
-- One trigger does both steps, in this order, so an attendee inserted with a search_text of its
-- own is indexed before the recomputed text replaces it (the index never deletes what it lacks).
CREATE TRIGGER `attendees_search_text_ai` AFTER INSERT ON `attendees` BEGIN
  INSERT INTO `attendees_fts`(rowid, search_text) SELECT NEW.id, NEW.search_text WHERE NEW.search_text <> '';
  UPDATE `attendees` SET search_text = compact_fa(NEW.name || ' ' || NEW.role || ' ' || NEW.organization) WHERE id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `attendees_search_text_au` AFTER UPDATE OF name, role, organization ON `attendees` BEGIN
  UPDATE `attendees` SET search_text = compact_fa(NEW.name || ' ' || NEW.role || ' ' || NEW.organization) WHERE id = NEW.id;
END;
--> statement-breakpoint
UPDATE `attendees` SET search_text = compact_fa(name || ' ' || role || ' ' || organization);
--> statement-breakpoint
INSERT INTO `organizations_fts`(`organizations_fts`) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO `meetings_fts`(`meetings_fts`) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO `decisions_fts`(`decisions_fts`) VALUES ('rebuild');
