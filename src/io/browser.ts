// Opening a web page in the user's browser, through the platform's opener with the address as one argument:
// never through a shell, so nothing in the address can run as a command. Tests hand in their own opener.

import { spawn } from 'node:child_process';

export type OpenUrl = (url: string) => Promise<void>;

/** The opener program and its arguments for this platform. Windows' `start` is a cmd built-in (a shell), so it uses url.dll instead. */
export function openerFor(platform: NodeJS.Platform, url: string): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (platform === 'win32') return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] };
  return { command: 'xdg-open', args: [url] };
}

export function systemOpenUrl(platform: NodeJS.Platform = process.platform): OpenUrl {
  return (url) =>
    new Promise((resolve, reject) => {
      const { command, args } = openerFor(platform, url);
      const child = spawn(command, args, { stdio: 'ignore', detached: true, shell: false });
      child.once('error', reject);
      child.once('spawn', () => {
        child.unref();
        resolve();
      });
    });
}
