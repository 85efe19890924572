// The sandbox carrier's persisted state. Plain JSON so that `leb sandbox serve` and the embedded provider can
// share one core, and so a person can read the file.

import { z } from 'zod';

export const SANDBOX_CURRENCY = 'HKD';
/** The carrier's zone: expiry dates are its calendar dates, ending 23:59:59 local time. */
export const SANDBOX_TIME_ZONE = 'Asia/Hong_Kong';
export const SANDBOX_EXPIRY_SUFFIX = 'T23:59:59+08:00';

const line = z.object({
  id: z.string(),
  number: z.string().nullable(),
  iccid: z.string().nullable(),
  alias: z.string().nullable(),
  expiresAt: z.string().nullable(),
  balanceMinor: z.number().int(),
  dataRemainingMb: z.number().int().nullable(),
  dataTotalMb: z.number().int().nullable(),
  planId: z.string().nullable(),
  autoRenew: z.boolean(),
  recycled: z.boolean(),
});

const order = z.object({
  providerRef: z.string(),
  idempotencyKey: z.string(),
  /** What was asked, so a reused key with a different request can be told apart (422). */
  fingerprint: z.string(),
  lineId: z.string(),
  kind: z.enum(['topup', 'renew', 'auto-renew']),
  status: z.enum(['succeeded', 'failed']),
  amountMinor: z.number().int(),
  methodId: z.string(),
  planId: z.string().nullable(),
  createdAt: z.string(),
  reason: z.string().nullable(),
  code: z.string().nullable(),
});

export const sandboxStateSchema = z.object({
  version: z.literal(1),
  seed: z.number().int(),
  lines: z.array(line),
  orders: z.array(order),
  nextRef: z.number().int(),
});

export type SandboxLine = z.infer<typeof line>;
export type SandboxOrder = z.infer<typeof order>;
export type SandboxState = z.infer<typeof sandboxStateSchema>;
