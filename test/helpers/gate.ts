// A forwarding proxy on 127.0.0.1 in front of a `sandbox serve` server that can hold chosen requests until the
// test lets them go: "the provider has not answered yet" made exact, instead of guessed with latencies.

import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Gate {
  url: string;
  /** Requests matching this are held (method and path, e.g. "POST /v1/lines/ln_1/topups"). */
  holdWhen(match: ((call: string) => boolean) | null): void;
  /** Resolves once `count` requests are being held. */
  held(count?: number): Promise<void>;
  /** Let every held request through, and every later one. */
  release(): void;
  close(): Promise<void>;
}

export async function startGate(target: string): Promise<Gate> {
  let match: ((call: string) => boolean) | null = null;
  let releaseAll: () => void = () => {};
  let released = new Promise<void>((resolve) => (releaseAll = resolve));
  let holding = 0;
  const watchers: Array<() => void> = [];

  const forward = (req: IncomingMessage, body: Buffer, res: import('node:http').ServerResponse) => {
    const out = request(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    out.on('error', () => res.destroy());
    out.end(body);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const call = `${req.method} ${new URL(req.url ?? '/', target).pathname}`;
      if (match === null || !match(call)) return forward(req, Buffer.concat(chunks), res);
      holding++;
      for (const wake of watchers.splice(0)) wake();
      void released.then(() => forward(req, Buffer.concat(chunks), res));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    holdWhen(next) {
      match = next;
      holding = 0;
      released = new Promise<void>((resolve) => (releaseAll = resolve));
    },
    held(count = 1) {
      return new Promise((resolve) => {
        const check = () => (holding >= count ? resolve() : watchers.push(check));
        check();
      });
    },
    release() {
      match = null;
      releaseAll();
    },
    async close() {
      releaseAll();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
