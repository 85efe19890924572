// One small JSON state file under LEB_HOME (lines.json, policies.json): read and checked against its shape
// (a file that does not parse is exit 9 naming it, never overwritten), changed only under the cross-process
// lock, checked again and written atomically 0600.

import { StateError, type OwnFile, type StateProblem } from '../errors.js';
import { parseJsonFile, readTextIfExists, writeFileAtomic } from './files.js';
import { withLock } from './lock.js';
import { ShapeError, type Check } from './shape.js';

/**
 * `file` checked against `shape`; null when there is none yet. One that is not JSON is a StateError naming it
 * (parseJsonFile); one of another shape is the StateError `problem` describes. A check that fails for another
 * reason is a bug, thrown as it is.
 */
function readChecked<D>(file: string, shape: Check<D>, problem: (error: ShapeError) => StateProblem): D | null {
  const text = readTextIfExists(file);
  if (text === null) return null;
  try {
    return shape(parseJsonFile(file, text), '');
  } catch (error) {
    if (!(error instanceof ShapeError)) throw error;
    throw new StateError(file, problem(error));
  }
}

export class JsonStateFile<D> {
  constructor(
    readonly file: string,
    private readonly parse: Check<D>,
    private readonly empty: () => D,
  ) {}

  /** The document; `empty()` when the file does not exist yet. */
  read(): D {
    return readChecked(this.file, this.parse, (error) => ({ kind: 'invalid-value', path: error.path, detail: error.message })) ?? this.empty();
  }

  /** Change the document under the lock; the change may throw to leave the file as it was. */
  async update<T>(change: (doc: D) => T | Promise<T>): Promise<T> {
    return withLock(this.file, async () => {
      const doc = this.read();
      const result = await change(doc);
      writeFileAtomic(this.file, `${JSON.stringify(this.parse(doc, ''), null, 2)}\n`);
      return result;
    });
  }
}

/**
 * A file leb keeps for itself (a token cache, pending orders, the status cache, the sandbox's state), checked
 * against `shape`; null when there is none yet. One that is not JSON is a StateError naming it (parseJsonFile);
 * one of another shape is not what leb writes there, and `what` says which of leb's files it is. `explain` adds
 * where and how the shape is wrong, for a file with nothing secret in it: a check's message may quote the
 * value it refused, and a token cache's values are tokens.
 */
export function readOwnJson<D>(file: string, shape: Check<D>, what: OwnFile, { explain = false }: { explain?: boolean } = {}): D | null {
  return readChecked(file, shape, (error) => ({ kind: 'not-ours', what, detail: explain ? `${error.path}: ${error.message}` : null }));
}
