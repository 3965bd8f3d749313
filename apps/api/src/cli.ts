// Maintenance commands: `node dist/cli.js <command>` (run in apps/api after the build; under development `node --import tsx src/cli.ts`).
//   remove-demo                      delete every demo row
//   users create|set-password|list   accounts (see commands/users.ts)
//   backup <path> [--force]          online backup + integrity check
import { backupDatabase } from './commands/backup.ts';
import { USERS_USAGE, usersCommand } from './commands/users.ts';
import { migrateDatabase, openDatabase } from './db/client.ts';
import { removeDemoData } from './db/seed/index.ts';
import { readConfig } from './lib/config.ts';

const [command, ...args] = process.argv.slice(2);
const config = readConfig();

function openMigrated() {
  const db = openDatabase(config.databasePath);
  migrateDatabase(db);
  return db;
}

try {
  switch (command) {
    case 'remove-demo': {
      const db = openMigrated();
      const removed = removeDemoData(db);
      console.log(`Removed demo rows from ${config.databasePath}:`, removed);
      db.$client.close();
      break;
    }
    case 'users': {
      const db = openMigrated();
      try {
        await usersCommand(db, args);
      } finally {
        db.$client.close();
      }
      break;
    }
    case 'backup': {
      const target = args.find((a) => !a.startsWith('--'));
      if (!target) throw new Error('Usage: cli.ts backup <path> [--force]');
      const figures = await backupDatabase(config.databasePath, target, { force: args.includes('--force') });
      console.log(`Backed up ${config.databasePath} to ${figures.path} in ${figures.milliseconds} ms`);
      console.log(`  ${figures.bytes} bytes, ${figures.pages} pages, integrity_check: ${figures.integrity}`);
      console.log('  rows:', figures.rows);
      if (figures.integrity !== 'ok') throw new Error('The copy failed its integrity check; do not rely on it');
      break;
    }
    default:
      throw new Error(`Usage: cli.ts remove-demo | backup <path> [--force]\n${USERS_USAGE}`);
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(2);
}
