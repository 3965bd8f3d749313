CREATE TABLE `attendees` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`name` text NOT NULL,
	`role` text DEFAULT '' NOT NULL,
	`organization` text DEFAULT '' NOT NULL,
	`is_new_member` integer DEFAULT false NOT NULL,
	`source` text NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "attendees_source_check" CHECK("source" IN ('article', 'manual', 'demo') OR "source" LIKE 'import:%')
);
--> statement-breakpoint
CREATE INDEX `attendees_meeting_idx` ON `attendees` (`meeting_id`,`seq`);--> statement-breakpoint
CREATE TABLE `decision_organizations` (
	`decision_id` integer NOT NULL,
	`organization_id` integer NOT NULL,
	PRIMARY KEY(`decision_id`, `organization_id`),
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `decision_organizations_org_idx` ON `decision_organizations` (`organization_id`);--> statement-breakpoint
CREATE TABLE `decision_provinces` (
	`decision_id` integer NOT NULL,
	`province_code` text NOT NULL,
	PRIMARY KEY(`decision_id`, `province_code`),
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`province_code`) REFERENCES `provinces`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `decision_provinces_province_idx` ON `decision_provinces` (`province_code`);--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`text` text NOT NULL,
	`topic` text DEFAULT '' NOT NULL,
	`responsible` text DEFAULT '' NOT NULL,
	`due_on` text,
	`status` text NOT NULL,
	`source` text NOT NULL,
	`search_text` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "decisions_source_check" CHECK("source" IN ('article', 'manual', 'demo') OR "source" LIKE 'import:%')
);
--> statement-breakpoint
CREATE INDEX `decisions_meeting_idx` ON `decisions` (`meeting_id`,`seq`);--> statement-breakpoint
CREATE INDEX `decisions_status_idx` ON `decisions` (`status`,`due_on`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`held_on` text NOT NULL,
	`held_on_approximate` integer DEFAULT false NOT NULL,
	`jalali_year` integer NOT NULL,
	`number` integer,
	`title` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`agenda` text DEFAULT '' NOT NULL,
	`location` text,
	`source` text NOT NULL,
	`source_note` text,
	`search_text` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	CONSTRAINT "meetings_source_check" CHECK("source" IN ('article', 'manual', 'demo') OR "source" LIKE 'import:%')
);
--> statement-breakpoint
CREATE INDEX `meetings_held_on_idx` ON `meetings` (`held_on`);--> statement-breakpoint
CREATE TABLE `organization_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`happened_on` text NOT NULL,
	`type` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`source` text NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "organization_events_source_check" CHECK("source" IN ('article', 'manual', 'demo') OR "source" LIKE 'import:%')
);
--> statement-breakpoint
CREATE INDEX `organization_events_org_idx` ON `organization_events` (`organization_id`,`happened_on`);--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name_fa` text NOT NULL,
	`name_en` text,
	`kind` text NOT NULL,
	`province_code` text,
	`sector_code` text NOT NULL,
	`established_on` text NOT NULL,
	`jalali_year` integer NOT NULL,
	`status` text NOT NULL,
	`members` integer DEFAULT 0 NOT NULL,
	`approved_in_meeting_id` integer,
	`last_election_on` text,
	`source` text NOT NULL,
	`search_text` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`province_code`) REFERENCES `provinces`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sector_code`) REFERENCES `sectors`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_in_meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "organizations_source_check" CHECK("source" IN ('article', 'manual', 'demo') OR "source" LIKE 'import:%'),
	CONSTRAINT "organizations_members_check" CHECK("organizations"."members" >= 0)
);
--> statement-breakpoint
CREATE INDEX `organizations_year_idx` ON `organizations` (`jalali_year`,`province_code`,`sector_code`,`kind`,`status`);--> statement-breakpoint
CREATE INDEX `organizations_province_idx` ON `organizations` (`province_code`,`jalali_year`);--> statement-breakpoint
CREATE INDEX `organizations_meeting_idx` ON `organizations` (`approved_in_meeting_id`);--> statement-breakpoint
CREATE TABLE `provinces` (
	`code` text PRIMARY KEY NOT NULL,
	`name_fa` text NOT NULL,
	`name_en` text NOT NULL,
	`capital_fa` text NOT NULL,
	`code_before_2020` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `reported_figures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`metric` text NOT NULL,
	`jalali_year` integer NOT NULL,
	`value` integer NOT NULL,
	`province_codes` text NOT NULL,
	`meeting_id` integer,
	`note` text DEFAULT '' NOT NULL,
	`source` text NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "reported_figures_source_check" CHECK("source" IN ('article', 'manual', 'demo') OR "source" LIKE 'import:%')
);
--> statement-breakpoint
CREATE TABLE `sectors` (
	`code` text PRIMARY KEY NOT NULL,
	`name_fa` text NOT NULL,
	`name_en` text NOT NULL
);
