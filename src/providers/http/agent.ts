// The one undici Agent of a run: every http account and every request shares its keep-alive connections, and
// the context closes it before exit. undici itself loads only when the first http provider opens.

import type { Dispatcher } from 'undici';

export interface SharedAgent {
  dispatcher(): Promise<Dispatcher>;
  close(): Promise<void>;
}

export function sharedAgent(): SharedAgent {
  let agent: Promise<Dispatcher> | null = null;
  return {
    dispatcher() {
      agent ??= import('./agent-factory.js').then(({ createAgent }) => createAgent());
      return agent;
    },
    async close() {
      if (agent === null) return;
      const opened = await agent;
      agent = null;
      await opened.close();
    },
  };
}
