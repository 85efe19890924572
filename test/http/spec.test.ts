// docs/provider-api.yaml is generated from the zod wire schemas and the operations in spec/openapi.ts: this
// test fails whenever the committed YAML differs from what the code would generate, so the spec, the server's
// request validation and the client's response validation cannot drift apart.

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { providerApiDocument, providerApiYaml } from '../../src/providers/http/spec/openapi.js';
import { toYaml } from '../../src/providers/http/spec/yaml.js';
import { PROBLEMS } from '../../src/providers/http/problems.js';
import { LineStatusWire, OrderWire, TokenWire, TopupRequestWire } from '../../src/providers/http/wire.js';

const SPEC = resolve(import.meta.dirname, '../../docs/provider-api.yaml');

describe('docs/provider-api.yaml', () => {
  it('is exactly what the wire schemas and operations generate', () => {
    const generated = providerApiYaml();
    if (process.env.LEB_WRITE_SPEC) writeFileSync(SPEC, generated);
    expect(readFileSync(SPEC, 'utf8')).toBe(generated);
  });

  it('requires the fields the client relies on', () => {
    const schemas = (providerApiDocument().components as { schemas: Record<string, { required?: string[] }> }).schemas;
    const required = (schema: z.ZodObject) => Object.entries(schema.shape).filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success).map(([name]) => name).sort();
    expect(schemas.LineStatus?.required?.sort()).toEqual(required(LineStatusWire));
    expect(schemas.Order?.required?.sort()).toEqual(required(OrderWire));
    expect(schemas.Token?.required?.sort()).toEqual(['access_token', 'expires_in', 'refresh_token', 'token_type']);
    expect(schemas.TopupRequest?.required?.sort()).toEqual(required(TopupRequestWire));
    expect(required(TokenWire)).toEqual(['access_token', 'expires_in', 'refresh_token', 'token_type']);
  });

  it('documents every problem code and an Idempotency-Key on both payments', () => {
    const yaml = readFileSync(SPEC, 'utf8');
    for (const code of Object.keys(PROBLEMS)) expect(yaml).toContain(`\`${code}\``);
    const paths = providerApiDocument().paths as Record<string, Record<string, { parameters?: Array<{ $ref?: string }> }>>;
    for (const path of ['/v1/lines/{lineId}/topups', '/v1/lines/{lineId}/renewals']) {
      expect(paths[path]?.post?.parameters?.map((p) => p.$ref)).toContain('#/components/parameters/IdempotencyKey');
    }
  });
});

describe('toYaml', () => {
  it.each([
    [{ a: 'plain text' }, 'a: plain text\n'],
    [{ a: '12.50' }, 'a: "12.50"\n'],
    [{ a: 'yes' }, 'a: "yes"\n'],
    [{ a: 'x: y' }, 'a: "x: y"\n'],
    [{ '200': { b: true } }, '"200":\n  b: true\n'],
    [{ a: [1, { b: null }] }, 'a:\n  - 1\n  - b: null\n'],
    [{ a: [] }, 'a: []\n'],
    [{ a: 'one\ntwo' }, 'a: |-\n  one\n  two\n'],
  ])('%j', (value, yaml) => {
    expect(toYaml(value)).toBe(yaml);
  });
});
