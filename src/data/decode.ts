/**
 * A dataset file's text, or the sign that it was not saved as UTF-8, the one encoding JSON files
 * are exchanged in (RFC 8259). Districts export from Excel or Notepad on Korean Windows, whose
 * defaults are EUC-KR (CP949) and UTF-16: decoded as UTF-8 those turn every Hangul name into
 * replacement characters (EUC-KR still parses as JSON, so the widgets would show "������") or make
 * the parser fail on an invisible byte. Shared by the widgets' loader and the `wfp-data` checker.
 */
export type DecodedDataset = { readonly text: string } | { readonly notUtf8: 'UTF-16' | 'EUC-KR' };

export function decodeDatasetBytes(bytes: Uint8Array): DecodedDataset {
  // UTF-16: its byte-order mark, or the zero byte every ASCII character then carries. JSON text has no
  // zero bytes in UTF-8.
  const utf16Mark = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16Mark || bytes.subarray(0, 64).includes(0)) return { notUtf8: 'UTF-16' };
  try {
    // Drops a UTF-8 byte-order mark, which Windows editors add and JSON.parse would refuse.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { notUtf8: 'EUC-KR' };
  }
}
