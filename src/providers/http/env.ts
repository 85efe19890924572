// What the http provider needs from the run beyond ProviderEnv's basics: the one Agent, the one --timeout
// budget (shared by every http account, since the limit is on the command's total wait), where tokens live,
// and the messages for errors it words itself. Built by the context; nothing here does I/O until used.

import type { Messages } from '../../io/messages/index.js';
import { credentialStoreFor, type CredentialStore } from '../../store/credentials.js';
import type { StatePaths } from '../../store/paths.js';
import { sharedAgent, type SharedAgent } from './agent.js';
import { WaitBudget } from './budget.js';

export interface HttpEnv {
  agent: SharedAgent;
  budget: WaitBudget;
  credentials: CredentialStore;
  messages: Messages;
}

export function httpEnv(paths: StatePaths, env: NodeJS.ProcessEnv, timeoutMs: number, messages: Messages): HttpEnv {
  return { agent: sharedAgent(), budget: new WaitBudget(timeoutMs), credentials: credentialStoreFor(paths, env), messages };
}
