// `leb line import <csv> [--dry-run]`: all rows checked first, a report of every bad row, and nothing imported
// unless every row is good.

import type { Context } from '../../app/context.js';
import { ExitCode, LebError, UsageError } from '../../errors.js';
import { ensureManualAccount } from '../../app/tracked/account.js';
import { catalogueOf, trackedStore } from '../../app/tracked/find.js';
import { lineKey } from '../../app/line-notes.js';
import { parseCsv } from '../../io/csv.js';
import { printJson } from '../../io/output.js';
import { readImportFile } from '../../store/import-file.js';
import { trackedLineId, type TrackedLine } from '../../store/tracked-lines.js';
import { checkImport, type ImportProblem } from './import.rows.js';
import type { LineImportOptions } from './track.command.js';

export async function runLineImport(
  ctx: Pick<Context, 'color' | 'config' | 'globals' | 'io' | 'now' | 'paths' | 't'>,
  options: LineImportOptions,
): Promise<number> {
  const { t } = ctx;
  const read = readImportFile(options.file);
  if (!read.ok) throw new UsageError(t[`import.file.${read.problem}`](options.file));
  const csv = parseCsv(read.text);
  if (!csv.ok) throw new UsageError(t['import.csvError'](options.file, csv.line, t[`import.csv.${csv.problem}`]));

  const existing = new Map(trackedStore(ctx).read().map((l) => [l.number, `${l.account}/${l.id}`]));
  const checked = checkImport(csv.rows, catalogueOf(ctx), existing, ctx.now(), t);
  const total = Math.max(0, csv.rows.length - 1);
  if (checked.problems.length > 0) {
    await report(ctx, options, checked.problems, total, 0);
    throw new LebError(ExitCode.usage, t['import.nothing'](new Set(checked.problems.map((p) => p.row)).size, total));
  }
  if (options.dryRun) {
    await report(ctx, options, [], total, 0);
    return 0;
  }

  const account = await ensureManualAccount(ctx);
  const at = ctx.now().toISOString();
  const lines: TrackedLine[] = checked.rows.map((row) => ({
    id: trackedLineId(row.number),
    account,
    number: row.number,
    carrier: row.carrier.id,
    expiresOn: row.expires,
    lastActivityOn: row.lastActivity,
    validitySource: 'confirmed',
    confirmedAt: at,
    estimatedFrom: null,
    balance: null,
    operator: null,
    addedAt: at,
  }));
  await trackedStore(ctx).update((current) => {
    // Another leb may have tracked one of these numbers since the check: then import none of them.
    const clash = lines.find((line) => current.some((c) => c.number === line.number));
    if (clash) throw new UsageError(t['import.alreadyTracked'](clash.number, clash.id));
    current.push(...lines);
  });
  const notes = checked.rows.filter((row) => row.label !== null || row.note !== null);
  if (notes.length > 0) {
    await ctx.config.update((config) => {
      for (const row of notes) config.lines[lineKey(account, trackedLineId(row.number))] = { label: row.label, note: row.note };
    });
  }
  await report(ctx, options, [], total, lines.length);
  return 0;
}

async function report(
  ctx: Pick<Context, 'color' | 'globals' | 'io' | 't'>,
  options: LineImportOptions,
  problems: ImportProblem[],
  total: number,
  imported: number,
): Promise<void> {
  const { t } = ctx;
  if (ctx.globals.json) {
    await printJson(ctx, { file: options.file, dryRun: options.dryRun, rows: total, imported, problems });
    return;
  }
  for (const p of problems) ctx.io.stderr.write(`${t['import.problem'](p.row, p.column, p.message)}\n`);
  if (problems.length > 0) return;
  ctx.io.stderr.write(`${options.dryRun ? t['import.dryRunOk'](total) : t['import.done'](imported)}\n`);
}
