// A small YAML emitter for JSON-shaped data (what an OpenAPI document is): block style, two-space indent,
// strings quoted only when plain YAML would misread them. Never used at run time; it writes the spec.

const PLAIN = /^[A-Za-z_/$][\w .,/$@()'+-]*$/;
const RESERVED = /^(true|false|yes|no|on|off|null|~|y|n)$/i;

function scalar(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  const text = String(value);
  const plain = PLAIN.test(text) && !RESERVED.test(text) && !/[:#]\s|\s$|: |\s#/.test(text) && !text.includes(': ');
  return plain ? text : JSON.stringify(text);
}

function key(name: string): string {
  return /^[A-Za-z_$/][\w$/{}.-]*$/.test(name) && !RESERVED.test(name) ? name : JSON.stringify(name);
}

const isEmpty = (value: unknown) =>
  (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && value !== null && Object.keys(value).length === 0);

function lines(value: unknown, indent: string): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (typeof item === 'object' && item !== null && !isEmpty(item)) {
        const [first = '', ...rest] = lines(item, `${indent}  `);
        return [`${indent}- ${first.trimStart()}`, ...rest];
      }
      return [`${indent}- ${inline(item)}`];
    });
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([name, item]) => {
      if (typeof item === 'object' && item !== null && !isEmpty(item)) return [`${indent}${key(name)}:`, ...lines(item, `${indent}  `)];
      // Prose keeps its line breaks as a literal block, so the spec reads like the text it is.
      if (typeof item === 'string' && item.includes('\n') && !/^\s/.test(item)) {
        return [`${indent}${key(name)}: |-`, ...item.split('\n').map((line) => (line === '' ? '' : `${indent}  ${line}`))];
      }
      return [`${indent}${key(name)}: ${inline(item)}`];
    });
  }
  return [`${indent}${scalar(value)}`];
}

function inline(value: unknown): string {
  if (Array.isArray(value)) return '[]';
  if (typeof value === 'object' && value !== null) return '{}';
  return scalar(value);
}

export function toYaml(value: unknown, header = ''): string {
  return `${header}${lines(value, '').join('\n')}\n`;
}
