import type { Db } from '../db/client.ts';
import type { AuthState } from './auth/session.ts';
import type { BackupStatus } from './backup-schedule.ts';
import type { Config } from './config.ts';
import type { Metrics } from './metrics.ts';
import type { QueryCache } from './query-cache.ts';

/** What every handler can reach through `c.var`. */
export interface AppEnv {
  Variables: {
    db: Db;
    cache: QueryCache;
    config: Config;
    requestId: string;
    metrics: Metrics;
    /** The scheduled backups, or null when HAMGEN_BACKUP_DIR is not set. */
    backups: BackupStatus | null;
    /** Epoch milliseconds; tests pass their own clock to move time. */
    now: () => number;
    /** The signed-in user and session, or null; set by the access guard on /api/*. */
    auth: AuthState | null;
  };
}
