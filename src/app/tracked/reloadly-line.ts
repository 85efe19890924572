// `leb line add <number> --account <reloadly account>`: leb asks Reloadly which operator the number is on,
// keeps its id and name, and proposes the catalogue carrier whose keep-number rule that operator follows; it
// asks for --carrier when none or several match, and warns when the one given does not look like the operator.

import type { Context } from '../context.js';
import { UsageError } from '../../errors.js';
import { countryOfNumber } from '../../domain/calling-codes.js';
import { carriersForOperator } from '../../domain/carriers/match.js';
import type { Carrier } from '../../domain/carriers/types.js';
import type { TrackedLine } from '../../store/tracked-lines.js';
import { accountTarget } from '../targets.js';
import { carrierOrFail, catalogueOf } from './find.js';

export async function reloadlyLineFacts(
  ctx: Pick<Context, 'config' | 'io' | 'now' | 'paths' | 'provider' | 'spinner' | 't' | 'warn'>,
  account: string,
  options: { number: string; country: string | null; carrier: string | null },
): Promise<{ carrier: Carrier; operator: NonNullable<TrackedLine['operator']> }> {
  const { t } = ctx;
  const country = options.country ?? countryOfNumber(options.number);
  if (country === null) throw new UsageError(t['reloadly.needCountry'](options.number));
  const target = accountTarget(ctx.config.read(), account);
  if (!target) throw new UsageError(t['tracked.notTracked'](account));
  const provider = await ctx.provider(target);
  if (!provider.detectOperator) throw new Error(`internal: provider ${target.kind} cannot detect operators`);
  const spinner = await ctx.spinner(() => t['reloadly.detecting'](options.number));
  let operator: { id: string; name: string; country: string };
  try {
    operator = await provider.detectOperator(options.number, country);
  } finally {
    spinner.stop();
  }
  ctx.io.stderr.write(`${t['reloadly.detected'](options.number, operator.name)}\n`);
  const catalogue = catalogueOf(ctx);
  const candidates = carriersForOperator(catalogue, operator.name, country);
  let carrier: Carrier;
  if (options.carrier !== null) {
    carrier = carrierOrFail(ctx, catalogue, options.carrier);
    if (!candidates.some((c) => c.id === carrier.id)) ctx.warn(t['reloadly.carrierMismatch'](carrier.id, operator.name));
  } else if (candidates.length === 1) {
    carrier = candidates[0]!;
  } else {
    throw new UsageError(t['reloadly.pickCarrier'](operator.name, candidates.map((c) => c.id).join(', ')));
  }
  return { carrier, operator: { ...operator, checkedAt: ctx.now().toISOString() } };
}
