// Canonical JSON: the byte-exact text a hash is taken over. Object keys are sorted and undefined
// members dropped, so the same event hashes the same on every machine whatever order its fields
// were assigned in.

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue | undefined };

export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      // JSON.stringify would silently write null, making two different values hash alike.
      throw new RangeError(`canonicalJson: non-finite number ${value}`);
    }
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    let out = '[';
    // `?? ''`: an undefined element is written as nothing, as join() did in earlier versions; hashes depend on it.
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + (canonicalJson(value[i] as JsonValue) ?? '');
    return out + ']';
  }
  // Default sort orders by UTF-16 code units, as `<` on strings does; keys are unique, so no ties.
  const keys = Object.keys(value).sort();
  const object = value as { readonly [key: string]: JsonValue | undefined };
  let out = '{';
  for (const k of keys) {
    const v = object[k];
    if (v === undefined) continue;
    out += (out.length > 1 ? ',' : '') + JSON.stringify(k) + ':' + canonicalJson(v);
  }
  return out + '}';
}
