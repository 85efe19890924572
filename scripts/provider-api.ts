// docs/provider-api.yaml is generated from this file by `npm run spec` (scripts/spec.mjs): the operations are
// written here, the schemas come from src/providers/http/wire.ts (the very zod schemas the server and the client
// validate with), and the problem codes from src/providers/http/problems.ts. So the document cannot drift from
// the code: test/providers/http/spec/openapi.test.ts fails when the committed YAML differs from what this produces. Nothing in
// src/ imports this file: the CLI never builds the document.

import { stringify } from 'yaml';
import { z } from 'zod';
import { PROBLEMS, problemType, type ProblemCode } from '../src/providers/http/problems.js';
import { apiSchemas, IDEMPOTENCY_KEY, PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX } from '../src/providers/http/wire.js';

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown, example?: unknown) => ({ 'application/json': { schema, ...(example === undefined ? {} : { example }) } });

function problem(description: string, codes: ProblemCode[], headers?: Json): Json {
  const first = codes[0] as ProblemCode;
  return {
    description: `${description} Codes: ${codes.map((c) => `\`${c}\``).join(', ')}.`,
    ...(headers ? { headers } : {}),
    content: {
      'application/problem+json': {
        schema: ref('Problem'),
        example: { type: problemType(first), title: PROBLEMS[first].title, status: PROBLEMS[first].status, detail: '…', code: first },
      },
    },
  };
}

const common = {
  '401': { $ref: '#/components/responses/Unauthorized' },
  '429': { $ref: '#/components/responses/RateLimited' },
  '500': { $ref: '#/components/responses/ServerError' },
};

const lineParam = { $ref: '#/components/parameters/LineId' };

function paymentResponses(extra: Record<string, Json>): Json {
  return {
    '201': {
      description: 'The order, succeeded or pending. A replay of a stored result has the same status and body.',
      headers: { 'Idempotent-Replayed': { $ref: '#/components/headers/IdempotentReplayed' }, Location: { schema: { type: 'string' }, description: 'GET this to look the order up.' } },
      content: json(ref('Order')),
    },
    '400': problem('Malformed body, or no Idempotency-Key header.', ['invalid_request', 'idempotency_key_missing']),
    ...extra,
    '409': problem('A request with this Idempotency-Key is still being processed (retry later with the same key), or the line is in a state that rules the payment out.', ['idempotency_key_in_progress', 'no_plan', 'line_lapsed']),
    '422': problem('The request names something this line does not offer, or reuses an Idempotency-Key with a different body. Nothing was charged.', ['plan_not_found', 'method_not_found', 'currency_mismatch', 'amount_out_of_range', 'idempotency_key_reused']),
    ...common,
  };
}

const PAYMENT_RULES = `Requires an Idempotency-Key. The server stores the outcome (success or refusal) under the key before
answering: the same key with the same body replays it without charging again (Idempotent-Replayed: true);
the same key with a different body is 422 idempotency_key_reused; the same key while the first request is still
being processed is 409 idempotency_key_in_progress. A client that gets no clear answer (timeout, connection reset,
5xx, unreadable body) resends with the same key and body, or looks the order up with GET /v1/orders?idempotencyKey=.`;

function operations(): Json {
  return {
    '/v1/auth/login': {
      post: {
        operationId: 'logIn',
        tags: ['auth'],
        summary: 'Exchange a login and password for tokens',
        description: 'The password is used once; clients keep only the tokens.',
        security: [],
        requestBody: { required: true, content: json(ref('LoginRequest')) },
        responses: {
          '200': { description: 'Tokens. Cache-Control: no-store.', content: json(ref('Token')) },
          '400': problem('Malformed body.', ['invalid_request']),
          '401': problem('Wrong login or password.', ['invalid_credentials']),
          '429': common['429'],
          '500': common['500'],
        },
      },
    },
    '/v1/auth/refresh': {
      post: {
        operationId: 'refreshToken',
        tags: ['auth'],
        summary: 'Exchange a refresh token for a new pair',
        description: 'Refresh tokens rotate: store the new pair. The old refresh token stays accepted for 60 seconds so that a lost answer can be retried.',
        security: [],
        requestBody: { required: true, content: json(ref('RefreshRequest')) },
        responses: {
          '200': { description: 'A new token pair.', content: json(ref('Token')) },
          '400': problem('Malformed body.', ['invalid_request']),
          '401': problem('Unknown, expired or already rotated refresh token: log in again.', ['invalid_refresh_token']),
          '429': common['429'],
          '500': common['500'],
        },
      },
    },
    '/v1/lines': {
      get: {
        operationId: 'listLines',
        tags: ['lines'],
        summary: 'The lines of the logged-in account, a page at a time',
        parameters: [
          { name: 'cursor', in: 'query', required: false, description: 'nextCursor from the previous page; omit for the first page.', schema: { type: 'string', maxLength: 256 } },
          { name: 'limit', in: 'query', required: false, description: 'Lines per page.', schema: { type: 'integer', minimum: 1, maximum: PAGE_LIMIT_MAX, default: PAGE_LIMIT_DEFAULT } },
        ],
        responses: { '200': { description: 'One page of lines.', content: json(ref('LinesPage')) }, '400': problem('Bad cursor or limit.', ['invalid_request']), ...common },
      },
    },
    '/v1/lines/{lineId}': {
      get: {
        operationId: 'getLineStatus',
        tags: ['lines'],
        summary: 'Validity, balance, data, plan and keep-number rules of one line',
        parameters: [lineParam],
        responses: { '200': { description: 'The line\'s status.', content: json(ref('LineStatus')) }, '404': problem('No such line.', ['line_not_found']), ...common },
      },
    },
    '/v1/lines/{lineId}/plans': {
      get: {
        operationId: 'listPlans',
        tags: ['lines'],
        summary: 'Renewal plans this line can be renewed onto',
        parameters: [lineParam],
        responses: { '200': { description: 'The plans.', content: json(ref('PlanList')) }, '404': problem('No such line.', ['line_not_found']), ...common },
      },
    },
    '/v1/lines/{lineId}/payment-methods': {
      get: {
        operationId: 'listPaymentMethods',
        tags: ['lines'],
        summary: 'Payment methods usable for this line',
        parameters: [lineParam],
        responses: { '200': { description: 'The methods.', content: json(ref('PaymentMethodList')) }, '404': problem('No such line.', ['line_not_found']), ...common },
      },
    },
    '/v1/lines/{lineId}/topups': {
      post: {
        operationId: 'topUp',
        tags: ['payments'],
        summary: 'Add credit to a line (may extend validity per rules.rechargeTable)',
        description: PAYMENT_RULES,
        parameters: [lineParam, { $ref: '#/components/parameters/IdempotencyKey' }],
        requestBody: { required: true, content: json(ref('TopupRequest'), { amount: { amount: '50.00', currency: 'HKD' }, method: 'card' }) },
        responses: paymentResponses({
          '402': problem('The payment was declined. The refusal is stored under the key: a resend replays it.', ['card_declined']),
          '404': problem('No such line.', ['line_not_found']),
          '410': problem('The number has been recycled. Stored under the key like a decline.', ['line_recycled']),
        }),
      },
    },
    '/v1/lines/{lineId}/renewals': {
      post: {
        operationId: 'renew',
        tags: ['payments'],
        summary: 'Renew a line onto a plan (validity + plan.validityDays from the later of today and the current expiry)',
        description: PAYMENT_RULES,
        parameters: [lineParam, { $ref: '#/components/parameters/IdempotencyKey' }],
        requestBody: { required: true, content: json(ref('RenewalRequest'), { plan: 'quarterly', method: 'card' }) },
        responses: paymentResponses({
          '402': problem('The payment was declined. The refusal is stored under the key: a resend replays it.', ['card_declined']),
          '404': problem('No such line.', ['line_not_found']),
          '410': problem('The number has been recycled. Stored under the key like a decline.', ['line_recycled']),
        }),
      },
    },
    '/v1/lines/{lineId}/auto-renew': {
      put: {
        operationId: 'setAutoRenew',
        tags: ['lines'],
        summary: 'Switch the carrier\'s auto-renew of the line\'s plan on or off',
        description: 'Idempotent: setting the current value again is a no-op.',
        parameters: [lineParam],
        requestBody: { required: true, content: json(ref('AutoRenewRequest'), { enabled: true }) },
        responses: {
          '200': { description: 'The new setting.', content: json(ref('AutoRenew')) },
          '400': problem('Malformed body.', ['invalid_request']),
          '404': problem('No such line.', ['line_not_found']),
          '409': problem('Auto-renew needs a plan, and a line that has not lapsed.', ['no_plan', 'line_lapsed']),
          '410': problem('The number has been recycled.', ['line_recycled']),
          ...common,
        },
      },
    },
    '/v1/orders': {
      get: {
        operationId: 'findOrdersByIdempotencyKey',
        tags: ['payments'],
        summary: 'The order created with an Idempotency-Key, if the server ever received it',
        description: 'How a client settles a payment whose outcome it did not learn: an empty list means the server never processed the key, so resending it is safe.',
        parameters: [{ name: 'idempotencyKey', in: 'query', required: true, schema: { type: 'string', pattern: IDEMPOTENCY_KEY.source } }],
        responses: { '200': { description: 'Zero or one order.', content: json(ref('OrderList')) }, '400': problem('Missing or malformed idempotencyKey.', ['invalid_request']), ...common },
      },
    },
    '/v1/orders/{ref}': {
      get: {
        operationId: 'getOrder',
        tags: ['payments'],
        summary: 'One order by its receipt reference',
        parameters: [{ name: 'ref', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'The order.', content: json(ref('Order')) }, '404': problem('No such order.', ['order_not_found']), ...common },
      },
    },
  };
}

/** The component schemas exactly as zod describes the wire schemas, minus per-schema JSON Schema headers. */
function schemas(): Json {
  const generated = z.toJSONSchema(apiSchemas, { uri: (id) => `#/components/schemas/${id}`, io: 'input' }).schemas;
  const clean = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(clean);
    if (typeof value !== 'object' || value === null) return value;
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === '$schema' || k === '$id') continue;
      // zod states JavaScript's safe-integer bounds on every int; they say nothing a reader needs.
      if ((k === 'maximum' && v === Number.MAX_SAFE_INTEGER) || (k === 'minimum' && v === Number.MIN_SAFE_INTEGER)) continue;
      // format: date-time says it; zod's 400-character regex for the same thing helps no reader.
      if (k === 'pattern' && (value as Json).format === 'date-time') continue;
      out[k] = clean(v);
    }
    return out;
  };
  const sorted: Json = {};
  for (const name of Object.keys(generated).sort()) sorted[name] = clean(generated[name]);
  return sorted;
}

function problemCodesTable(): string {
  return Object.entries(PROBLEMS)
    .map(([code, info]) => `| \`${code}\` | ${info.status} | ${info.title} |`)
    .join('\n');
}

export function providerApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'leb Provider API',
      version: '1.0.0',
      summary: 'What a carrier or reseller implements so that leb can keep its customers\' numbers alive.',
      description: `Implement these operations and \`leb account add <name> --provider http --endpoint <base URL>\` works
against your service: status of every line, plans, top-ups, renewals, auto-renew and payment lookup.
\`leb sandbox serve\` is the reference implementation.

Conventions:
- Money is always an object \`{"amount": "12.50", "currency": "HKD"}\`: the amount is a decimal string with at most the
  currency's ISO 4217 minor-unit digits, never a JSON number.
- Times are ISO 8601 date-times with a UTC offset (\`2027-01-24T23:59:59+08:00\`). Expiry is given in the carrier's own offset.
- Data volumes are whole mebibytes (MiB); durations are whole days or, for tokens, seconds.
- Objects may gain fields; clients ignore fields they do not know.
- Every operation except logging in needs \`Authorization: Bearer <access_token>\`; a 401 means: refresh, then retry once.
- Errors are RFC 9457 problem details (\`application/problem+json\`) with a stable \`code\`. Clients branch on \`code\`:

| code | status | meaning |
| --- | --- | --- |
${problemCodesTable()}

- 429 carries \`Retry-After\` (seconds). 5xx and 429 may be retried with back-off; payments only with the same
  Idempotency-Key and body.`,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      { url: 'http://127.0.0.1:{port}', description: 'leb sandbox serve (reference server)', variables: { port: { default: '8080' } } },
      { url: 'https://carrier.example.com', description: 'A carrier\'s production endpoint (https required for anything but this machine)' },
    ],
    security: [{ bearerAuth: [] }],
    tags: [
      { name: 'auth', description: 'Logging in and refreshing tokens' },
      { name: 'lines', description: 'Lines and what can be bought for them' },
      { name: 'payments', description: 'Top-ups, renewals and their orders; all idempotent by key' },
    ],
    paths: operations(),
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'access_token from /v1/auth/login or /v1/auth/refresh.' } },
      parameters: {
        LineId: { name: 'lineId', in: 'path', required: true, description: 'LineRef.id, percent-encoded.', schema: { type: 'string', minLength: 1, maxLength: 128 } },
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description: 'Chosen by the client per payment intent (a UUID is typical) and reused on every resend of it.',
          schema: { type: 'string', pattern: IDEMPOTENCY_KEY.source },
        },
      },
      headers: {
        RetryAfter: { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 0 } },
        IdempotentReplayed: { description: '"true" when the answer is a stored result replayed for a repeated Idempotency-Key.', schema: { type: 'string', enum: ['true'] } },
      },
      responses: {
        Unauthorized: problem('Missing, invalid or expired access token: refresh it, then retry once.', ['unauthorized']),
        RateLimited: problem('Too many requests; nothing was done.', ['rate_limited'], { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } }),
        ServerError: problem('The server failed. For a payment the outcome is unknown: resend with the same key or look it up.', ['internal_error', 'unavailable']),
      },
      schemas: schemas(),
    },
  };
}

export const SPEC_HEADER = '# Generated from scripts/provider-api.ts and src/providers/http/wire.ts: edit those, then run\n# npm run spec\n';

export function providerApiYaml(): string {
  // lineWidth 0: long descriptions stay on one line each, as written, rather than folded at 80 columns.
  return SPEC_HEADER + stringify(providerApiDocument(), { lineWidth: 0, aliasDuplicateObjects: false });
}
