// The lock's timing, apart from lock.ts so the context can read it without loading proper-lockfile.

/** How long a lock whose holder stopped refreshing it (a killed process) keeps others out. */
export const STALE_AFTER_MS = 5_000;
