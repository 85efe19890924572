// A short, stable name for an Airalo client's files under LEB_HOME (token cache, order record), so neither the
// origin nor the client id appears in a file name. Not a secret: FNV-1a over both, twice seeded, as hex.

export function clientFileId(origin: string, clientId: string): string {
  const text = `${origin}\n${clientId}`;
  const hash = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return h.toString(16).padStart(8, '0');
  };
  return `${hash(0x811c9dc5)}${hash(0x2166136)}`;
}
