// Reloadly's operators and amounts as leb reads them: leniently (numbers or strings, decimals where integers
// are declared), exactly (minor units, never floats), and refusing before sending what the operator won't take.

import { describe, expect, it } from 'vitest';
import { bothSides, operatorAmountProblem, readOperator, type ReloadlyOperator } from '../../../src/providers/reloadly/operator.js';
import { decimalToMinor, OperatorWire, TransactionsPageWire, TransactionWire } from '../../../src/providers/reloadly/wire.js';
import { judge } from './stand-in/server.js';
import { operatorAnswer, seedState } from './stand-in/state.js';

const hkd = (minor: number) => ({ minor, currency: 'HKD' });
const usd = (minor: number) => ({ minor, currency: 'USD' });

function operator(id: number, stringly: boolean): ReloadlyOperator {
  const read = readOperator(OperatorWire.parse(operatorAnswer(seedState().operators.get(id)!, stringly)));
  if ('problem' in read) throw new Error(read.problem);
  return read;
}

describe('decimalToMinor', () => {
  it.each([
    ['50', 'HKD', 5_000],
    ['6.52', 'USD', 652],
    ['4.9985', 'GBP', 500],
    ['4.9949', 'GBP', 499],
    ['3168.4', 'NGN', 316_840],
    ['500', 'JPY', 500],
    ['1.2345', 'KWD', 1_235],
  ])('%s %s → %i minor units', (text, currency, minor) => {
    expect(decimalToMinor(text, currency)).toEqual({ minor, currency });
  });
});

describe("reading Reloadly's answers leniently", () => {
  it("reads the document's own examples, decimals where integers are declared and numbers where strings are", () => {
    const op = OperatorWire.parse(judge.example('airtime/auto-detect-an-operator', '200'));
    expect(op).toMatchObject({ name: 'Movistar Colombia', minAmount: '5', fx: { rate: '2192.1867' } });
    const t = TransactionWire.parse(judge.example('airtime/top-ups', '200'));
    expect(t).toMatchObject({ transactionId: '4602843', requestedAmount: '3168.4', deliveredAmount: '4.9985', operatorTransactionId: '7297929551:OrderConfirmed' });
    // The report's example pads its content with empty objects: they are skipped, not fatal.
    expect(TransactionsPageWire.parse(judge.example('airtime/get-all-transactions', '200')).content).toHaveLength(1);
  });

  it.each([false, true])('reads amounts written as numbers and as strings alike (strings: %s)', (stringly) => {
    expect(operator(1101, stringly)).toMatchObject({ local: true, range: { min: hkd(1_000), max: hkd(100_000) }, fxRate: '7.67' });
    expect(operator(2202, stringly)).toMatchObject({ local: false, denomination: 'FIXED', fixed: [usd(1_270), usd(1_905), usd(2_540)] });
  });

  it('refuses an operator it cannot use rather than guessing', () => {
    const answer = OperatorWire.parse({ ...operatorAnswer(seedState().operators.get(1101)!, false), supportsLocalAmounts: false, minAmount: null });
    expect(readOperator(answer)).toEqual({ problem: 'operator 1101 gives no amount range' });
  });
});

describe('amounts an operator takes', () => {
  const cmhk = operator(1101, false);
  const giffgaff = operator(2202, false);

  it.each([
    [cmhk, hkd(5_000), null],
    [cmhk, hkd(999), { kind: 'below-min', min: hkd(1_000) }],
    [cmhk, hkd(100_001), { kind: 'above-max', max: hkd(100_000) }],
    [cmhk, usd(652), { kind: 'currency', expected: 'HKD' }],
    [giffgaff, usd(1_905), null],
    [giffgaff, usd(1_900), { kind: 'not-offered', offered: [usd(1_270), usd(1_905), usd(2_540)] }],
  ])('%#: %o', (op, amount, problem) => {
    expect(operatorAmountProblem(op, amount)).toEqual(problem);
  });

  it('estimates the other side through the rate, never promising to pay less or deliver more', () => {
    expect(bothSides(cmhk, hkd(5_000))).toEqual({ delivered: hkd(5_000), charged: usd(652) });
    expect(bothSides(giffgaff, usd(1_270))).toEqual({ delivered: { minor: 999, currency: 'GBP' }, charged: usd(1_270) });
  });
});
