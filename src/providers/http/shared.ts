// What every http account of one run shares: the one Agent, the one --timeout budget (the limit is on the
// command's total wait) and where tokens live. Built by the context on first use; nothing here does I/O until
// used.

import { credentialStoreFor, type CredentialStore } from '../../store/credentials.js';
import type { StatePaths } from '../../store/paths.js';
import { sharedAgent, type SharedAgent } from './agent.js';
import { WaitBudget } from './budget.js';

export interface HttpShared {
  agent: SharedAgent;
  budget: WaitBudget;
  credentials: CredentialStore;
}

export function httpShared(paths: StatePaths, env: NodeJS.ProcessEnv, timeoutMs: number): HttpShared {
  return { agent: sharedAgent(), budget: new WaitBudget(timeoutMs), credentials: credentialStoreFor(paths, env) };
}
