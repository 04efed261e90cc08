/** Route params arrive percent-encoded; this is the one place they are decoded. */

/** Decodes a route segment once; returns null for malformed encoding or NUL/control characters. */
export function decodeParam(value: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return null;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point.
  if (decoded.length === 0 || decoded.length > 200 || /[\u0000-\u001f\u007f]/.test(decoded)) return null;
  return decoded.normalize('NFC');
}

/** Parses a `/page/[n]` segment: an integer ≥ 2 without leading zeros, else null. */
export function parsePageNumber(value: string): number | null {
  if (!/^[1-9]\d{0,5}$/.test(value)) return null;
  const n = Number(value);
  return n >= 2 ? n : null;
}
