// Maintenance commands: `node --import tsx src/cli.ts <command>`.
import { migrateDatabase, openDatabase } from './db/client.ts';
import { removeDemoData } from './db/seed/index.ts';
import { readConfig } from './lib/config.ts';

const [command] = process.argv.slice(2);
const config = readConfig();

switch (command) {
  case 'remove-demo': {
    const db = openDatabase(config.databasePath);
    migrateDatabase(db);
    const removed = removeDemoData(db);
    console.log(`Removed demo rows from ${config.databasePath}:`, removed);
    db.$client.close();
    break;
  }
  default:
    console.error('Usage: cli.ts remove-demo');
    process.exit(2);
}
