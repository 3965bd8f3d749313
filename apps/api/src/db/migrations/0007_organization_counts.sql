CREATE TABLE `organization_counts` (
	`kind` text NOT NULL,
	`source` text NOT NULL,
	`jalali_year` integer NOT NULL,
	`province_code` text NOT NULL,
	`sector_code` text NOT NULL,
	`status` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`kind`, `source`, `jalali_year`, `province_code`, `sector_code`, `status`)
) WITHOUT ROWID;
--> statement-breakpoint
-- The overview's counts (issue 14): one row per combination of the filter's columns and source,
-- with how many associations have it. These triggers keep it in step with every write to
-- organizations, in the writer's own transaction; a combination that drops to none is deleted.
CREATE TRIGGER `organization_counts_ai` AFTER INSERT ON `organizations` BEGIN
  INSERT INTO `organization_counts`(kind, source, jalali_year, province_code, sector_code, status, n) VALUES (NEW.kind, NEW.source, NEW.jalali_year, ifnull(NEW.province_code, ''), NEW.sector_code, NEW.status, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organization_counts_ad` AFTER DELETE ON `organizations` BEGIN
  UPDATE `organization_counts` SET n = n - 1 WHERE kind = OLD.kind AND source = OLD.source AND jalali_year = OLD.jalali_year AND province_code = ifnull(OLD.province_code, '') AND sector_code = OLD.sector_code AND status = OLD.status;
  DELETE FROM `organization_counts` WHERE kind = OLD.kind AND source = OLD.source AND jalali_year = OLD.jalali_year AND province_code = ifnull(OLD.province_code, '') AND sector_code = OLD.sector_code AND status = OLD.status AND n = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `organization_counts_au` AFTER UPDATE OF kind, source, jalali_year, province_code, sector_code, status ON `organizations` BEGIN
  UPDATE `organization_counts` SET n = n - 1 WHERE kind = OLD.kind AND source = OLD.source AND jalali_year = OLD.jalali_year AND province_code = ifnull(OLD.province_code, '') AND sector_code = OLD.sector_code AND status = OLD.status;
  DELETE FROM `organization_counts` WHERE kind = OLD.kind AND source = OLD.source AND jalali_year = OLD.jalali_year AND province_code = ifnull(OLD.province_code, '') AND sector_code = OLD.sector_code AND status = OLD.status AND n = 0;
  INSERT INTO `organization_counts`(kind, source, jalali_year, province_code, sector_code, status, n) VALUES (NEW.kind, NEW.source, NEW.jalali_year, ifnull(NEW.province_code, ''), NEW.sector_code, NEW.status, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
INSERT INTO `organization_counts`(kind, source, jalali_year, province_code, sector_code, status, n)
  SELECT kind, source, jalali_year, ifnull(province_code, ''), sector_code, status, count(*) FROM `organizations`
  GROUP BY kind, source, jalali_year, ifnull(province_code, ''), sector_code, status;
