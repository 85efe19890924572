// The provider port contract through the whole airalo stack as leb opens it (openProvider → openAiralo →
// undici → node:http) against our Airalo stand-in, which also judges every request against Airalo's spec.

import { expect } from 'vitest';
import { openAgainst } from './airalo/open.js';
import { SimTimer } from './airalo/sim-timer.js';
import { startStandIn } from './airalo/stand-in/server.js';
import { portContract } from './contract.js';

portContract('airalo over the stand-in', async () => {
  const timer = new SimTimer();
  const standIn = await startStandIn({ now: timer.wall });
  const opened = await openAgainst(standIn, timer);
  return {
    provider: opened.provider,
    payable: { lineId: standIn.state.sims[0]!.iccid, methodId: 'partner-balance', planId: 'bonbon-mobile-30days-3gb-topup', otherPlanId: 'bonbon-mobile-30days-5gb-topup' },
    unknownLineId: '8900000000000000000',
    charges: async () => standIn.state.orders.length,
    cleanup: async () => {
      await opened.close();
      await standIn.close();
      expect(standIn.violations).toEqual([]);
      expect(standIn.limitHits).toBe(0);
    },
  };
});
