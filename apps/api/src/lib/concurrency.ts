// A per-process cap on concurrent expensive work (spreadsheet workers, argon2, exports): at most
// `max` tasks run, at most `queue` more wait their turn, and anything beyond is refused at once
// with `Busy` — a flood is turned away without being held in memory.
export class Busy extends Error {
  constructor() {
    super('busy');
  }
}

export interface Limiter {
  run<T>(task: () => Promise<T>): Promise<T>;
  readonly active: number;
}

export function createLimiter(max: number, queue = 0): Limiter {
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };
  return {
    get active() {
      return active;
    },
    async run(task) {
      if (active >= max) {
        if (waiting.length >= queue) throw new Busy();
        // The slot is handed over by `release` without being freed, so no newcomer can jump in.
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else {
        active++;
      }
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
