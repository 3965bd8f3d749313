CREATE TABLE `decision_status_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`decision_id` integer NOT NULL,
	`at` text NOT NULL,
	`status` text NOT NULL,
	`note` text,
	`user_id` integer,
	`username` text,
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `decision_status_history_decision_idx` ON `decision_status_history` (`decision_id`,`at`);--> statement-breakpoint
CREATE TABLE `meeting_attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`data` blob NOT NULL,
	`created_at` text NOT NULL,
	`user_id` integer,
	`username` text,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meeting_attachments_meeting_idx` ON `meeting_attachments` (`meeting_id`);--> statement-breakpoint
ALTER TABLE `users` ADD `must_change_password` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- Follow-up notes written before this table existed live in the audit log: carry them over, so
-- no decision's history starts empty where a change was recorded.
INSERT INTO `decision_status_history` (`decision_id`, `at`, `status`, `note`, `user_id`, `username`)
SELECT CAST(`entity_id` AS INTEGER), `at`, json_extract(`after`, '$.status'), `note`, `user_id`, `username`
FROM `audit_events`
WHERE `entity` = 'decision' AND `action` = 'status_change' AND `outcome` = 'success'
  AND json_extract(`after`, '$.status') IN ('open', 'in_progress', 'done')
  AND CAST(`entity_id` AS INTEGER) IN (SELECT `id` FROM `decisions`);
