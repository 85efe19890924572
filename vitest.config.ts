import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn the built binary and start local servers: give them room on a 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // Three forks on two cores: much of a run is waiting on spawned binaries, local servers and deadlines (the
    // stall tests), and vitest's default (cores - 1) would leave one core to those alone. Measured on the
    // 2-core machine, quiet: 66 s with two forks, 51 s with three.
    maxWorkers: 3,
    // A fork runs file after file with its modules loaded once, instead of importing zod, undici and src/ again
    // for every file (that was most of the suite's CPU). So a test file must leave no global state behind:
    // restore fake timers and remove process listeners in finally/afterEach, never change process.env, and
    // hand fakes in through the context rather than vi.mock.
    isolate: false,
    // Temporary LEB_HOMEs in memory where the machine has it: leb fsyncs every state file it writes (as it
    // must), and on a disk those fsyncs were a large share of the suite's time. The code paths are the same.
    env: existsSync('/dev/shm') ? { TMPDIR: '/dev/shm' } : {},
  },
});
