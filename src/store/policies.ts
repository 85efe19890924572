// Keep-alive policies (LEB_HOME/policies.json, 0600; the sandbox's own under LEB_HOME/sandbox/): per line, how
// long to keep it alive, the yearly budget, the most one payment may cost and the lead time. Read-modify-write
// under the cross-process lock, written atomically; a file that does not parse is reported (exit 9), never
// overwritten.

import { StateError } from '../errors.js';
import { parseJsonFile, readTextIfExists, writeFileAtomic } from './files.js';
import { withLock } from './lock.js';
import { array, intIn, nullable, object, oneOf, string, ShapeError, type Infer } from './shape.js';

const date = (v: unknown, p: string): string => {
  const text = string(v, p);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new ShapeError(p, 'expected a date (YYYY-MM-DD)');
  return text;
};
const money = object({ amount: string, currency: string });

const policyShape = object({
  account: string,
  line: string,
  /** The line's number when the policy was set, to name it without asking the provider. */
  number: nullable(string),
  /** Alive through this date; null: for ever. */
  until: nullable(date),
  budget: nullable(money),
  max: nullable(money),
  leadDays: intIn(0, 60),
  setAt: string,
});

const parsePolicies = object({ version: oneOf([1]), policies: array(policyShape) });

export type StoredPolicy = Infer<typeof policyShape>;

export class PolicyStore {
  constructor(readonly file: string) {}

  /** Every policy; [] when the file does not exist yet. */
  read(): StoredPolicy[] {
    const text = readTextIfExists(this.file);
    if (text === null) return [];
    try {
      return parsePolicies(parseJsonFile(this.file, text), '').policies;
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      throw new StateError(this.file, `${this.file} has an invalid value at ${error.path}: ${error.message}; fix or move it away, leb will not overwrite it`);
    }
  }

  /** Change the policies under the lock; the change may throw to leave the file as it was. */
  async update<T>(change: (policies: StoredPolicy[]) => T | Promise<T>): Promise<T> {
    return withLock(this.file, async () => {
      const policies = this.read();
      const result = await change(policies);
      const checked = parsePolicies({ version: 1, policies }, '');
      writeFileAtomic(this.file, `${JSON.stringify(checked, null, 2)}\n`);
      return result;
    });
  }
}
