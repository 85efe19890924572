// Files the user hands leb to read (`leb line import <csv>`), outside LEB_HOME. Size-capped so a wrong path
// (a disk image, /dev/zero) fails at once instead of filling memory.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type ImportRead = { ok: true; text: string } | { ok: false; problem: 'not-found' | 'unreadable' | 'too-large' | 'not-a-file'; detail: string };

export function readImportFile(file: string): ImportRead {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, problem: code === 'ENOENT' ? 'not-found' : 'unreadable', detail: code ?? String(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, problem: 'not-a-file', detail: '' };
    if (stat.size > MAX_IMPORT_BYTES) return { ok: false, problem: 'too-large', detail: String(stat.size) };
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { ok: true, text: buffer.subarray(0, read).toString('utf8') };
  } catch (error) {
    return { ok: false, problem: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) };
  } finally {
    closeSync(fd);
  }
}
