import type { Db } from '../db/client.ts';
import type { Config } from './config.ts';
import type { QueryCache } from './query-cache.ts';

/** What every handler can reach through `c.var`. */
export interface AppEnv {
  Variables: {
    db: Db;
    cache: QueryCache;
    config: Config;
    requestId: string;
  };
}
