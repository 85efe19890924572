// The same contract, through the whole http stack as leb opens it (openProvider → openHttp → undici →
// node:http → the sandbox carrier core), against `leb sandbox serve` started in this process.

import { en } from '../../../src/io/messages/en.js';
import { sharedAgent } from '../../../src/providers/http/agent.js';
import { WaitBudget } from '../../../src/providers/http/budget.js';
import { openProvider } from '../../../src/providers/open.js';
import { CredentialStore } from '../../../src/store/credentials.js';
import { startSandboxServer } from '../../../src/providers/sandbox/server/server.js';
import { providerContract } from '../contract.js';

providerContract('http over leb sandbox serve', async (clock) => {
  const server = await startSandboxServer({ seed: 11, now: clock });
  const agent = sharedAgent();
  const provider = await openProvider(
    {
      name: 'contract',
      kind: 'http',
      account: { provider: 'http', endpoint: server.url, login: server.login, createdAt: clock().toISOString(), credentials: 'none' },
      pending: { login: server.login, password: server.password, tokens: null },
    },
    {
      sandboxDir: '/nonexistent',
      home: '/nonexistent',
      now: clock,
      timeoutMs: 10_000,
      debug: () => {},
      http: async () => ({ agent, budget: new WaitBudget(10_000), credentials: new CredentialStore('/nonexistent/credentials.json', null, '/nonexistent'), messages: en }),
    },
  );
  return {
    provider,
    cleanup: async () => {
      await provider.close();
      await agent.close();
      await server.close();
    },
  };
});
