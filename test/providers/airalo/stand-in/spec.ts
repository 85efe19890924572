// Airalo's published OpenAPI fragments (../spec/*.yml), read with the `yaml` package, as the judge of every
// request leb sends to the stand-in: the path and method must exist, required headers must be there, query
// names must be declared, and a body must come in a declared content type with the schema's required fields,
// each of the declared type. Only the subset of OpenAPI these fragments use is interpreted, by hand.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
}

interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
  responses: Record<string, { content?: Record<string, { examples?: Record<string, { summary?: string; value: unknown }>; example?: unknown }> }>;
}

export interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  names: string[];
  operation: Operation;
}

export interface SpecRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  contentType: string | null;
  /** The body decoded per its content type, or null when there was none. */
  fields: Record<string, unknown> | null;
}

const SPEC_DIR = new URL('../spec/', import.meta.url);

function loadRoutes(): Route[] {
  const routes: Route[] = [];
  const dir = SPEC_DIR.pathname;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yml'))) {
    const doc = parse(readFileSync(join(dir, file), 'utf8')) as { paths: Record<string, Record<string, Operation>> };
    for (const [template, methods] of Object.entries(doc.paths)) {
      const names: string[] = [];
      const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_m, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      for (const [method, operation] of Object.entries(methods)) {
        routes.push({ method: method.toUpperCase(), template, pattern: new RegExp(`^${source}$`), names, operation });
      }
    }
  }
  return routes;
}

export const ROUTES: readonly Route[] = loadRoutes();

export function findRoute(method: string, path: string): { route: Route; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (!match || route.method !== method) continue;
    const params: Record<string, string> = {};
    route.names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1] ?? '')));
    return { route, params };
  }
  return null;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Where `value` breaks `schema` (declared types, required fields), or null. */
export function schemaProblem(schema: Schema | undefined, value: unknown, at: string): string | null {
  if (!schema) return null;
  const allowed = schema.type === undefined ? null : Array.isArray(schema.type) ? schema.type : [schema.type];
  const actual = typeOf(value);
  if (allowed && !allowed.includes(actual) && !(actual === 'integer' && allowed.includes('number'))) {
    return `${at || 'body'}: expected ${allowed.join(' or ')}, got ${actual}`;
  }
  if (actual === 'object') {
    const object = value as Record<string, unknown>;
    for (const name of new Set(schema.required ?? [])) if (!(name in object)) return `${at ? `${at}.` : ''}${name}: required`;
    for (const [name, sub] of Object.entries(schema.properties ?? {})) {
      if (name in object) {
        const problem = schemaProblem(sub, object[name], at ? `${at}.${name}` : name);
        if (problem) return problem;
      }
    }
  }
  if (actual === 'array' && schema.items) {
    for (const [i, item] of (value as unknown[]).entries()) {
      const problem = schemaProblem(schema.items, item, `${at}[${i}]`);
      if (problem) return problem;
    }
  }
  return null;
}

/** Every way the request departs from the published spec; empty when it conforms. */
export function specViolations(request: SpecRequest): string[] {
  const found = findRoute(request.method, request.path);
  if (!found) return [`${request.method} ${request.path}: no such operation in the spec`];
  const { operation } = found.route;
  const problems: string[] = [];
  const parameters = operation.parameters ?? [];
  for (const p of parameters.filter((p) => p.in === 'header' && p.required)) {
    const value = request.headers[p.name.toLowerCase()];
    if (value === undefined || value === '') problems.push(`header ${p.name}: required`);
  }
  const accept = String(request.headers.accept ?? '');
  if (parameters.some((p) => p.name === 'Accept') && !accept.includes('application/json')) problems.push('header Accept: must accept application/json');
  const declared = new Set(parameters.filter((p) => p.in === 'query').map((p) => p.name));
  for (const name of request.query.keys()) if (!declared.has(name)) problems.push(`query ${name}: not declared`);
  const body = operation.requestBody;
  if (!body) {
    if (request.fields !== null) problems.push('a body was sent to an operation that takes none');
    return problems;
  }
  const media = body.content[request.contentType ?? ''];
  if (!media) {
    problems.push(`content type ${request.contentType ?? '(none)'}: the spec takes ${Object.keys(body.content).join(', ')}`);
    return problems;
  }
  const problem = schemaProblem(media.schema, request.fields ?? {}, '');
  if (problem) problems.push(problem);
  return problems;
}

/** A response example as the spec publishes it, by operation, status key and summary (or example key). */
export function specExample(operationId: string, status: string, summaryOrKey: string): unknown {
  const route = ROUTES.find((r) => r.operation.operationId === operationId);
  const content = route?.operation.responses[status]?.content?.['application/json'];
  if (!content) throw new Error(`no ${status} answer for ${operationId} in the spec`);
  if (summaryOrKey === '' && content.example !== undefined) return content.example;
  for (const [key, example] of Object.entries(content.examples ?? {})) {
    if (key === summaryOrKey || example.summary === summaryOrKey) return example.value;
  }
  throw new Error(`no example "${summaryOrKey}" for ${operationId} ${status}`);
}

/** Decode a body as the stand-in receives it: urlencoded, multipart/form-data (text fields) or JSON. */
export function decodeBody(contentTypeHeader: string | undefined, raw: string): { contentType: string | null; fields: Record<string, unknown> | null } {
  if (raw === '' && contentTypeHeader === undefined) return { contentType: null, fields: null };
  const [type = '', ...params] = (contentTypeHeader ?? '').split(';').map((s) => s.trim());
  if (type === 'application/x-www-form-urlencoded') return { contentType: type, fields: Object.fromEntries(new URLSearchParams(raw)) };
  if (type === 'application/json') return { contentType: type, fields: JSON.parse(raw) as Record<string, unknown> };
  if (type === 'multipart/form-data') {
    const boundary = params.find((p) => p.startsWith('boundary='))?.slice('boundary='.length).replace(/^"|"$/g, '');
    if (!boundary) return { contentType: type, fields: {} };
    const fields: Record<string, unknown> = {};
    for (const part of raw.split(`--${boundary}`).slice(1)) {
      if (part.startsWith('--')) break;
      const [head = '', ...rest] = part.replace(/^\r\n/, '').split('\r\n\r\n');
      const name = /name="([^"]*)"/.exec(head)?.[1];
      if (name !== undefined) fields[name] = rest.join('\r\n\r\n').replace(/\r\n$/, '');
    }
    return { contentType: type, fields };
  }
  return { contentType: type || null, fields: raw === '' ? null : { raw } };
}
