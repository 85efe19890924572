// English words for a file under LEB_HOME that leb cannot use (StateError's problems). Merged into en.ts.

const keep = 'leb will not overwrite it';

export const stateEn = {
  'state.busy': (file: string) => `another leb process is using ${file}; try again in a moment`,
  'state.busyAiraloToken': (file: string) => `another leb process is asking Airalo for a token (${file}); try again in a minute`,
  'state.invalidValue': (file: string, path: string, detail: string) => `${file} has an invalid value at ${path}: ${detail}; fix or move it away, ${keep}`,
  'state.notJson': (file: string, detail: string) => `${file} is not valid JSON (${detail}); fix or move it away, ${keep}`,
  'state.unreadable': (file: string, detail: string) => `cannot read ${file}: ${detail}`,
  'state.newerVersion': (file: string, stated: number, current: number) => `${file} was written by a newer leb (config version ${stated}; this leb reads up to ${current}); update leb, ${keep}`,
  'state.journalLineJson': (file: string, line: number) => `${file} line ${line} is not valid JSON; leb will not overwrite the order journal, fix or move that line`,
  'state.journalLineEvent': (file: string, line: number) => `${file} line ${line} is not an order event; leb will not overwrite the order journal, fix or move that line`,
  'state.notOurs.sandbox-state': (file: string, detail: string) => `${file} is not a sandbox state file (${detail}); run "leb sandbox reset" to start over`,
  'state.notOurs.reloadly-token': (file: string) => `${file} is not a leb token cache; delete it (leb asks Reloadly for a new token), ${keep}`,
  'state.notOurs.airalo-token': (file: string) => `${file} is not a leb token cache; delete it (leb asks Airalo for a new token), ${keep}`,
  'state.notOurs.airalo-orders': (file: string) => `${file} is not leb's record of Airalo orders; fix or move it away, ${keep}`,
  'state.notOurs.status-cache': (file: string) => `${file} is not a leb status cache; move it away (it is only a cache) and run "leb status" again`,
  'state.notOurs.credentials': (file: string) => `${file} is not a leb credentials file; fix or move it away (then add the accounts again), ${keep}`,
} as const;
