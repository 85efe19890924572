// English messages for the http area; merged into en.ts. Keys are prefixed by their command or module.
export const httpEn = {
  // The http provider's own words (a provider's `detail` is shown as the provider wrote it)
  'http.timedOut': (seconds: number) => `no answer within ${seconds} s in total (raise it with --timeout)`,
  'http.unreachable': (detail: string) => `cannot reach the provider (${detail})`,
  'http.net.refused': 'connection refused',
  'http.net.not-found': 'host not found',
  'http.net.dropped': 'the connection was dropped',
  'http.net.timeout': 'no answer in time',
  'http.net.other': 'network error; run with --debug for details',
  'http.rateLimited': 'the provider kept answering "too many requests" (HTTP 429); try again in a minute',
  'http.serverError': (status: number) => `the provider failed with HTTP ${status}`,
  'http.status': (status: number) => `the provider answered HTTP ${status}`,
  'http.notJson': 'the answer is not valid JSON',
  'http.badShape': (field: string, problem: string) => `unexpected answer at ${field}: ${problem}`,
  'http.busy': 'a payment with the same idempotency key is still in progress at the provider; try again in a moment',
  'http.tokenRejected': (detail: string) => `the provider rejected the access token even after renewing it (${detail})`,
  'http.noRefresh': 'the provider rejected the access token and there is no refresh token to renew it',
  'http.noCredentials': (account: string) => `no stored tokens for ${account}`,
  'http.noEndpoint': (account: string) => `account ${account} has no valid endpoint`,
  'http.pagingLoop': 'the provider\'s list of lines never ends (its page cursors repeat)',

  // Credentials
  'credentials.fileFallback': (file: string) => `no OS keyring answered; tokens are stored in ${file} (readable only by you)`,
  'credentials.keyringUnavailable': (account: string, reason: string) =>
    `the tokens of ${account} are in the OS keyring, which cannot be reached now (${reason}); unlock it, or add the account again to keep them in a file`,
  'credentials.removeFailed': (account: string, message: string) => `could not delete the stored tokens of ${account}: ${message}`,

  // account add --provider http
  'help.account.endpoint': 'the provider API base URL (http); https:// unless it is this machine',
  'help.account.login': 'login id (or client id) at the provider',
  'help.account.passwordStdin': 'read the password (or client secret) from stdin; it is exchanged for tokens and never stored',
  'help.account.tokenStdin': 'read an access token from stdin instead of logging in',
  'http.endpointMissing': 'missing --endpoint: the provider API base URL, e.g. --endpoint https://api.example.com',
  'http.endpointPrompt': 'Provider API URL',
  'http.endpointInvalid': (value: string) => `--endpoint "${value}" is not an http(s) URL; e.g. --endpoint https://api.example.com`,
  'http.endpointInsecure': (value: string) =>
    `--endpoint ${value} uses plain http://, allowed only for this machine (localhost, 127.0.0.1, ::1); use https://`,
  'http.endpointUserinfo': '--endpoint must not contain a user name or password; use --login and --password-stdin',
  'http.endpointQuery': '--endpoint must be a base URL without ?query or #fragment',
  'http.loginMissing': 'missing --login: your login id at this provider',
  'http.loginPrompt': 'Login',
  'http.passwordPrompt': 'Password (exchanged for tokens, never stored)',
  'http.secretMissing': 'missing credentials: pipe the password with --password-stdin (or an access token with --token-stdin)',
  'http.stdinEmpty': (flag: string) => `${flag}: nothing on stdin; e.g. printf %s "$PASSWORD" | leb account add <name> ... ${flag}`,

  // leb status --concurrency
  'help.opt.concurrency': 'how many lines to fetch at once (default 16)',
  'status.badConcurrency': (value: string) => `--concurrency "${value}" must be a whole number from 1 to 256`,

  // leb sandbox serve
  'help.sandbox.serve': 'serve the leb Provider API over HTTP, backed by the sandbox carrier (reference server, test peer)',
  'help.serve.host': 'address to listen on (default 127.0.0.1: this machine only)',
  'help.serve.port': 'port to listen on; 0 picks a free one (default 0)',
  'help.serve.lines': 'seed this many lines under the demo login (default: the 4 demo lines)',
  'help.serve.latency': 'milliseconds to wait before every answer (default 0)',
  'help.serve.faults': 'inject faults: comma list of latency=<ms>, error-500=<rate>, rate-limit=<rate>, reset-after-commit=<rate>, stall=<rate>, garble=<rate>',
  'help.serve.seed': 'seed for the lines and the fault draws (default: random)',
  'serve.listening': (url: string, lines: number) => `leb Provider API (sandbox carrier, ${lines} ${lines === 1 ? 'line' : 'lines'}) on ${url}`,
  'serve.login': (login: string, password: string) => `Demo login: ${login}   password: ${password}`,
  'serve.addAccount': 'Add it as an account:',
  'serve.faults': (spec: string, seed: number) => `Faults: ${spec} (seed ${seed})`,
  'serve.stopHint': 'Press Ctrl+C to stop.',
  'serve.stopped': 'Stopped.',
  'serve.exposed': (host: string) => `listening on ${host}, not only on this machine: anyone who can reach it can use the demo login`,
  'serve.badPort': (value: string) => `--port "${value}" is not a port number (0-65535; 0 picks a free one)`,
  'serve.badLines': (value: string) => `--lines "${value}" must be a whole number from 1 to 100000`,
  'serve.badLatency': (value: string) => `--latency "${value}" must be whole milliseconds from 0 to 60000`,
  'serve.badSeed': (value: string) => `--seed "${value}" must be a whole number from 0 to 2147483647`,
  'serve.badFault': (item: string, names: string) =>
    `--faults "${item}" is not understood; use name=value with names ${names}, rates from 0 to 1 and latency in milliseconds`,
  'serve.badHost': (host: string, reason: string) => `--host ${host} is not an address of this machine (${reason}); use 127.0.0.1 (the default) or the address of one of its interfaces`,
  'serve.cannotListen': (address: string, reason: string) => `cannot listen on ${address} (${reason}); pick another with --port, or --port 0`,
} as const;
