// English messages for carriers' and resellers' own answers (Airalo's business codes among them) and for
// `account add --provider airalo`; merged into en.ts.
export const carrierEn = {
  // What a provider answered (ProviderReason codes, worded by cli/report.ts)
  'reason.credentialsRejected': 'the client id or secret was rejected',
  'reason.clientIdUnknown': 'the provider does not know this client id',
  'reason.ipNotAllowed': "this machine's IP address is not on the provider's allow-list (HTTP 403, code 89)",
  'reason.ipNotAllowedHint': "Add this machine's public IP address to the allow-list in the partner dashboard, or run leb from an allowed machine.",
  'reason.forbidden': 'the provider refused access (HTTP 403)',
  'reason.rateWait': (seconds: number) => `the provider's rate limits leave no turn for the next request within ${seconds} s (raise --timeout)`,
  'reason.tokenRateLimited': (seconds: number) => `the provider allows only 3 token requests a minute; the next one is ${seconds} s away`,
  'reason.rateWaitHint': 'Cached results are shown where there are any; "leb status --refresh" from cron keeps a large fleet up to date.',
  'reason.lineRecycled': (line: string | null) => `${line === null ? 'the eSIM' : `eSIM ${line}`} has been recycled (code 73): it can no longer be used or topped up`,
  'reason.lineRecycledHint': 'Order a new eSIM; this one cannot be brought back.',
  'reason.insufficientCredit': 'the partner balance is too low for this package (code 11)',
  'reason.insufficientCreditHint': 'Top up the partner balance in the partner dashboard, then try again.',
  'reason.operatorMaintenance': 'the operator is under maintenance (code 13); try again later',
  'reason.invalidChecksum': 'the provider rejected the request checksum (code 14)',
  'reason.topupDisabled': 'the operator has disabled top-ups for this eSIM (code 23)',
  'reason.esimOutOfStock': 'the provider has run out of eSIMs for this package (code 33)',
  'reason.packageUnavailable': 'this package is invalid or out of stock (code 34); run "leb plans" for the ones on offer',
  'reason.providerCode': (code: number, detail: string) => `the provider answered code ${code}${detail ? `: ${detail}` : ''}`,
  'reason.lineNotFound': (line: string | null) => (line === null ? 'the provider does not know this line' : `the provider does not know line ${line}`),
  'reason.planNotFound': (plan: string | null) =>
    `${plan === null ? 'this package' : `"${plan}"`} is not a top-up package this line can buy; run "leb plans --line <line>" for the ones it can`,
  'reason.noTopups': (line: string) => `no top-up package can be bought for ${line}: the provider offers none for it`,
  'reason.amountNotAPackage': (prices: string) => `top-ups are packages: the amount must be one of their prices (${prices}); or use "leb renew --plan <package>"`,
  'reason.methodNotFound': (method: string, methods: string) => `payment method "${method}" is not offered; use ${methods}`,
  'reason.keyReused': 'this idempotency key was already used for a different payment',
  'reason.purchaseLimit': 'the purchase limit for this eSIM is reached',
  'reason.fieldRejected': (field: string, detail: string) => `the provider rejected ${field}${detail ? `: ${detail}` : ''}`,
  'reason.notSettledYet': (seconds: number) => `the last attempt is too recent to tell whether it was applied; run "leb reconcile" again in ${seconds} s`,
  'reason.autoRenewUnsupported': 'this provider has no auto-renew',

  'plans.noTopups': (line: string) => `No top-up can be bought for ${line}: Airalo offers no package for this eSIM.`,

  'help.status.refresh': 'fetch the lines refreshed longest ago first, so runs from cron reach every line of a large fleet in turn',
  'status.cache.staleCount': (account: string, stale: number, total: number) =>
    `${account}: ${stale} of ${total} lines could not be refreshed in time and are shown from the cache; run "leb status --refresh" (from cron, with a longer --timeout) to bring them up to date`,

  // account add --provider airalo
  'help.account.clientId': 'client id (Airalo partner credentials)',
  'help.account.secretStdin': 'read the client secret from stdin; it is stored like every credential (keyring, else a 0600 file)',
  'airalo.clientIdMissing': 'missing --client-id: the client id of your Airalo partner credentials',
  'airalo.clientIdPrompt': 'Client id',
  'airalo.secretPrompt': 'Client secret (stored in the keyring, else a 0600 file)',
  'airalo.secretMissing': 'missing the client secret: pipe it with --secret-stdin',
  'airalo.wrongFlags': '--login, --password-stdin and --token-stdin are for http accounts; an airalo account takes --client-id and --secret-stdin',
  'airalo.flagsForAiralo': '--client-id and --secret-stdin are for airalo accounts (--provider airalo)',
} as const;
