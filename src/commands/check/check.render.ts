// Pure: the lines at risk as text, one line each, most urgent first, coloured by risk on a terminal.

import type { ChalkInstance } from 'chalk';
import type { LineView } from '../../app/lines.js';
import { colorFor } from '../status/status.render.js';

export function checkText(messages: readonly string[], views: readonly LineView[], color: ChalkInstance): string {
  return messages.map((message, i) => colorFor(color, (views[i] as LineView).risk)(message)).join('\n');
}
