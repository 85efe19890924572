import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SandboxProvider } from '../../../src/providers/sandbox/provider.js';
import { providerContract } from '../contract.js';

providerContract('sandbox (state file)', async (clock) => {
  const dir = mkdtempSync(join(tmpdir(), 'leb-contract-'));
  return {
    provider: new SandboxProvider(join(dir, 'sandbox.json'), clock),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
