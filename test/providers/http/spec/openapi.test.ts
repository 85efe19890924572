// docs/provider-api.yaml is generated (`npm run spec`) from the zod wire schemas and the operations in
// scripts/provider-api.ts: this test fails whenever the committed YAML differs from what the code would
// generate, so the spec, the server's request validation and the client's response validation cannot drift apart.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { providerApiDocument, providerApiYaml, SPEC_HEADER } from '../../../../scripts/provider-api.js';
import { PROBLEMS } from '../../../../src/providers/http/problems.js';
import { LineStatusWire, OrderWire, TokenWire, TopupRequestWire } from '../../../../src/providers/http/wire.js';

const SPEC = resolve(import.meta.dirname, '../../../../docs/provider-api.yaml');

describe('docs/provider-api.yaml', () => {
  it('is exactly what the wire schemas and operations generate (run `npm run spec` after changing them)', () => {
    expect(readFileSync(SPEC, 'utf8')).toBe(providerApiYaml());
  });

  it('reads back as exactly the generated document, under its header', () => {
    const text = readFileSync(SPEC, 'utf8');
    expect(text.startsWith(SPEC_HEADER)).toBe(true);
    // Plain JSON data only: no anchors or aliases a reader (or a code generator) has to resolve.
    expect(text).not.toMatch(/^\s*[^#\n]*[&*][A-Za-z]\w*\s*$/m);
    expect(parse(text)).toEqual(providerApiDocument());
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
