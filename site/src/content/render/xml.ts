/** Characters XML 1.0 forbids anywhere in a document; one stray control character breaks a whole feed. */
const XML_FORBIDDEN = /[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '')
}
