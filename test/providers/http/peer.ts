// An http provider talking to a real `leb sandbox serve` server in this process, on 127.0.0.1:0.

import { createAgent } from '../../../src/providers/http/agent.js';
import { startSandboxServer, type SandboxServer, type SandboxServerOptions } from '../../../src/providers/sandbox/server/server.js';
import { buildHttpProvider, type Built, type BuildOptions } from './build.js';

export interface Peer extends Built {
  server: SandboxServer;
  close(): Promise<void>;
}

export interface PeerOptions extends Omit<BuildOptions, 'dispatcher' | 'endpoint' | 'login'> {
  server?: SandboxServerOptions;
}

export async function startPeer(options: PeerOptions = {}): Promise<Peer> {
  const now = options.now ?? (() => new Date());
  const server = await startSandboxServer({ seed: 7, now, ...options.server });
  const dispatcher = createAgent();
  const built = buildHttpProvider({ ...options, now, dispatcher, endpoint: server.url, login: { login: server.login, password: server.password } });
  return {
    ...built,
    server,
    async close() {
      await dispatcher.close();
      await server.close();
    },
  };
}
