// A provider's published OpenAPI document as the judge of every request leb sends to a stand-in server: the path
// and method must exist, required headers must be there, query names must be declared, and a body must come in a
// declared content type with the schema's required fields, each of the declared type. Only the subset of
// OpenAPI these documents use is interpreted, by hand: paths, parameters, request bodies, local `$ref`s into
// `#/components/schemas`, and response examples. The stand-ins of Airalo and Reloadly both use it.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  $ref?: string;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
}

interface MediaType {
  schema?: Schema;
  examples?: Record<string, { summary?: string; value: unknown }>;
  example?: unknown;
}

interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, { content?: Record<string, MediaType> }>;
}

interface Document {
  paths: Record<string, Record<string, Operation | unknown>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  names: string[];
  operation: Operation;
  schemas: Record<string, Schema>;
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

export interface Leniency {
  /**
   * Fields (dotted paths inside a request body) whose declared `integer` also accepts a decimal number, for
   * documents whose own examples show decimals where the schema says integer.
   */
  decimalIntegers?: readonly string[];
}

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

function routesOf(doc: Document): Route[] {
  const routes: Route[] = [];
  const schemas = doc.components?.schemas ?? {};
  for (const [template, methods] of Object.entries(doc.paths)) {
    const names: string[] = [];
    const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_m, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    for (const [method, operation] of Object.entries(methods)) {
      if (!HTTP_METHODS.has(method)) continue;
      routes.push({ method: method.toUpperCase(), template, pattern: new RegExp(`^${source}$`), names, operation: operation as Operation, schemas });
    }
  }
  return routes;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

export class OpenApiJudge {
  readonly routes: readonly Route[];

  /** Every `.yml`/`.yaml` file of `dir` (a file URL or path). */
  constructor(
    dir: URL | string,
    private readonly leniency: Leniency = {},
  ) {
    const path = typeof dir === 'string' ? dir : dir.pathname;
    this.routes = readdirSync(path)
      .filter((f) => /\.ya?ml$/.test(f))
      .flatMap((file) => routesOf(parse(readFileSync(join(path, file), 'utf8')) as Document));
  }

  findRoute(method: string, path: string): { route: Route; params: Record<string, string> } | null {
    for (const route of this.routes) {
      const match = route.pattern.exec(path);
      if (!match || route.method !== method) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1] ?? '')));
      return { route, params };
    }
    return null;
  }

  /** Where `value` breaks `schema` (declared types, required fields), or null. */
  schemaProblem(schema: Schema | undefined, value: unknown, at: string, schemas: Record<string, Schema> = {}): string | null {
    if (!schema) return null;
    if (schema.$ref) return this.schemaProblem(schemas[schema.$ref.replace('#/components/schemas/', '')], value, at, schemas);
    const allowed = schema.type === undefined ? null : Array.isArray(schema.type) ? schema.type : [schema.type];
    const actual = typeOf(value);
    const decimalOk = actual === 'number' && allowed?.includes('integer') && this.leniency.decimalIntegers?.includes(at);
    if (allowed && !allowed.includes(actual) && !(actual === 'integer' && allowed.includes('number')) && !decimalOk) {
      return `${at || 'body'}: expected ${allowed.join(' or ')}, got ${actual}`;
    }
    if (actual === 'object') {
      const object = value as Record<string, unknown>;
      for (const name of new Set(schema.required ?? [])) if (!(name in object)) return `${at ? `${at}.` : ''}${name}: required`;
      for (const [name, sub] of Object.entries(schema.properties ?? {})) {
        if (name in object) {
          const problem = this.schemaProblem(sub, object[name], at ? `${at}.${name}` : name, schemas);
          if (problem) return problem;
        }
      }
    }
    if (actual === 'array' && schema.items) {
      for (const [i, item] of (value as unknown[]).entries()) {
        const problem = this.schemaProblem(schema.items, item, `${at}[${i}]`, schemas);
        if (problem) return problem;
      }
    }
    return null;
  }

  /** Every way the request departs from the published spec; empty when it conforms. */
  violations(request: SpecRequest): string[] {
    const found = this.findRoute(request.method, request.path);
    if (!found) return [`${request.method} ${request.path}: no such operation in the spec`];
    const { operation, schemas } = found.route;
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
    const problem = this.schemaProblem(media.schema, request.fields ?? {}, '', schemas);
    if (problem) problems.push(problem);
    return problems;
  }

  /** A response example as the spec publishes it, by operation, status key and summary (or example key; '' for the single `example`). */
  example(operationId: string, status: string, summaryOrKey = ''): unknown {
    const route = this.routes.find((r) => r.operation.operationId === operationId);
    const content = route?.operation.responses[status]?.content?.['application/json'];
    if (!content) throw new Error(`no ${status} answer for ${operationId} in the spec`);
    if (summaryOrKey === '' && content.example !== undefined) return content.example;
    for (const [key, example] of Object.entries(content.examples ?? {})) {
      if (key === summaryOrKey || example.summary === summaryOrKey) return example.value;
    }
    throw new Error(`no example "${summaryOrKey}" for ${operationId} ${status}`);
  }
}

/** Decode a body as a stand-in receives it: urlencoded, multipart/form-data (text fields) or JSON. */
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
