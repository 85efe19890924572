// zod schemas of the Airalo answers leb reads, only the fields it uses, tolerant where Airalo's own examples
// disagree with its schemas (docs/airalo.md): prices may be decimals where the schema says integer, counts may
// come as strings, unlimited packages report 0 MB, a recycled eSIM has null expiry and null is_unlimited.

import { z } from '../zod.js';

/** A number Airalo may write as a JSON number or as a numeric string ("9.50", "5"). */
const numeric = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/).transform(Number)]);

export const TokenAnswer = z.object({
  data: z.object({ access_token: z.string().min(1), expires_in: numeric, token_type: z.string().optional() }),
});

export const SimsPage = z.object({
  data: z.array(
    z.object({
      iccid: z.union([z.string().min(1), z.number().transform(String)]),
      recycled: z.boolean().nullish(),
      simable: z.object({ package: z.string().nullish(), description: z.string().nullish() }).passthrough().nullish(),
    }),
  ),
  meta: z.object({ current_page: numeric, last_page: numeric }).partial().optional(),
});

export const UsageAnswer = z.object({
  data: z.object({
    remaining: numeric.nullish(),
    total: numeric.nullish(),
    expired_at: z.string().nullish(),
    is_unlimited: z.boolean().nullish(),
    status: z.string(),
  }),
});

export const TopupPackage = z.object({
  id: z.string().min(1),
  price: numeric,
  amount: numeric.nullish(),
  day: numeric,
  is_unlimited: z.boolean().nullish(),
  title: z.string().nullish(),
});

/** `{data: []}` alone when the eSIM can buy no top-up. */
export const TopupsAnswer = z.object({ data: z.array(TopupPackage) });

export const OrderAnswer = z.object({
  data: z.object({
    id: z.union([z.number(), z.string()]),
    code: z.string().nullish(),
    package_id: z.string(),
    currency: z.string().nullish(),
    price: numeric,
    description: z.string().nullish(),
    created_at: z.string().nullish(),
  }),
});

export const HistoryAnswer = z.object({
  data: z.array(
    z.object({
      id: z.union([z.number(), z.string()]),
      activated_at: z.string().nullish(),
      expired_at: z.string().nullish(),
      package: z.object({ id: z.string(), price: numeric.nullish() }),
    }),
  ),
});

export const BusinessFailure = z.object({ code: numeric, reason: z.string().default('') });
export const FieldFailure = z.object({ data: z.record(z.string(), z.string()), meta: z.object({ message: z.string() }).optional() });

export type TopupPackage = z.infer<typeof TopupPackage>;
export type UsageAnswer = z.infer<typeof UsageAnswer>;
export type OrderAnswer = z.infer<typeof OrderAnswer>;
export type HistoryAnswer = z.infer<typeof HistoryAnswer>;
