// The same contract, through the whole http stack as leb opens it (openProvider → openHttp → undici →
// node:http → the sandbox carrier core), against `leb sandbox serve` started in this process.

import { en } from '../../../src/io/messages/en.js';
import { sharedAgent } from '../../../src/providers/http/agent.js';
import { WaitBudget } from '../../../src/providers/http/budget.js';
import { openProvider } from '../../../src/providers/open.js';
import { CredentialStore } from '../../../src/store/credentials.js';
import { startSandboxServer } from '../../../src/providers/sandbox/server/server.js';
import { CONTRACT_NOW, portContract, providerContract } from '../contract.js';

async function openOverServe(clock: () => Date) {
  const server = await startSandboxServer({ seed: 11, now: clock });
  const agent = sharedAgent();
  const provider = await openProvider(
    {
      name: 'contract',
      kind: 'http',
      account: { provider: 'http', endpoint: server.url, login: server.login, authEndpoint: null, createdAt: clock().toISOString(), credentials: 'none' },
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
    server,
    cleanup: async () => {
      await provider.close();
      await agent.close();
      await server.close();
    },
  };
}

providerContract('http over leb sandbox serve', openOverServe);

portContract('http over leb sandbox serve', async () => {
  const opened = await openOverServe(() => CONTRACT_NOW);
  const work = (await opened.provider.listLines()).find((l) => l.alias === 'Work backup');
  if (!work) throw new Error('no demo line "Work backup"');
  return {
    ...opened,
    payable: { lineId: work.id, methodId: 'card', planId: 'monthly', otherPlanId: 'quarterly' },
    unknownLineId: 'ln_nope00',
    charges: async () => opened.server.charges().length,
  };
});
