// Keep-alive policies (LEB_HOME/policies.json, 0600; the sandbox's own under LEB_HOME/sandbox/): per line, how
// long to keep it alive, the yearly budget, the most one payment may cost and the lead time. Read-modify-write
// under the cross-process lock, written atomically; a file that does not parse is reported (exit 9), never
// overwritten.

import { JsonStateFile } from './json-state.js';
import { array, intIn, nullable, object, oneOf, string, localDate, type Infer } from './shape.js';

const date = localDate;
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
  private readonly doc: JsonStateFile<Infer<typeof parsePolicies>>;

  constructor(readonly file: string) {
    this.doc = new JsonStateFile(file, parsePolicies, () => ({ version: 1 as const, policies: [] }));
  }

  /** Every policy; [] when the file does not exist yet. */
  read(): StoredPolicy[] {
    return this.doc.read().policies;
  }

  /** Change the policies under the lock; the change may throw to leave the file as it was. */
  update<T>(change: (policies: StoredPolicy[]) => T | Promise<T>): Promise<T> {
    return this.doc.update((doc) => change(doc.policies));
  }
}
