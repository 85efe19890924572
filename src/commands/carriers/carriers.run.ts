import type { Context } from '../../app/context.js';
import { loadCatalogue } from '../../store/catalogue.js';
import { findCarrier } from '../../domain/carriers/catalogue.js';
import { UsageError } from '../../errors.js';
import { printJson, printText, renderTable } from '../../io/output.js';
import type { CarriersOptions } from './carriers.command.js';
import { carrierHead, carrierJson, carrierRows, explainCarrier } from './carriers.render.js';

export async function runCarriers(ctx: Pick<Context, 'color' | 'globals' | 'io' | 'locale' | 'paths' | 't'>, options: CarriersOptions): Promise<number> {
  const catalogue = loadCatalogue(ctx.paths.carriers);
  const text = { t: ctx.t, locale: ctx.locale };
  if (options.show === null) {
    if (ctx.globals.json) await printJson(ctx, catalogue.map(carrierJson));
    else await printText(ctx, await renderTable(ctx, carrierHead(text), carrierRows(text, catalogue)));
    return 0;
  }
  const carrier = findCarrier(catalogue, options.show);
  if (!carrier) throw new UsageError(ctx.t['carriers.notFound'](options.show));
  if (ctx.globals.json) await printJson(ctx, carrierJson(carrier));
  else await printText(ctx, `${explainCarrier(text, carrier).join('\n')}\n`);
  return 0;
}
