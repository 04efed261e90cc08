/** XML text helpers for the feed. */

// biome-ignore lint/suspicious/noControlCharactersInRegex: these code points are illegal in XML 1.0.
const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Drops the characters XML 1.0 forbids (the JSON Feed drops them too, so both feeds carry the same text). */
export function dropXmlIllegal(value: string): string {
  return value.replace(XML_ILLEGAL, '');
}

/** Escapes text for XML element content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(value: string): string {
  return dropXmlIllegal(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
