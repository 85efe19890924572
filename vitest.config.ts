import { existsSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * Long files first, so no fork is left with one at the end while the others idle. vitest orders by the
 * durations it recorded in node_modules/.vite (vitest alone: 44-46 s here); a fresh checkout (CI) has none,
 * and vitest's fallback, larger files first, left the end-to-end files to chance: 50 to 63 s over three runs,
 * against 53 to 54 s with files that spawn the built binary or wait on real time first, larger first among them.
 */
class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const recorded = (spec: TestSpecification) => this.ctx.cache.getFileTestResults(`${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`);
    if (files.every(recorded)) return super.sort(files);
    const long = (spec: TestSpecification) => /\.(e2e|pty)\.test\.ts$|[\\/](stall|readme)\.test\.ts$/.test(spec.moduleId);
    const size = (spec: TestSpecification) => statSync(spec.moduleId).size;
    return [...files].sort((a, b) => Number(long(b)) - Number(long(a)) || size(b) - size(a));
  }
}

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
    sequence: { sequencer: LongFilesFirst },
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
