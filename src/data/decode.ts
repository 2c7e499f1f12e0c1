/**
 * A dataset file's text, or the sign that it was not saved as UTF-8, the one encoding JSON files
 * are exchanged in (RFC 8259). Districts export from Excel or Notepad on Korean Windows, whose
 * defaults are EUC-KR (CP949) and UTF-16: decoded as UTF-8 those turn every Hangul name into
 * replacement characters (EUC-KR still parses as JSON, so the widgets would show "������") or make
 * the parser fail on an invisible byte. Shared by the widgets' loader and the `wfp-data` checker.
 */
export type DecodedDataset = { readonly text: string } | { readonly notUtf8: 'UTF-16' | 'EUC-KR' };

export function decodeDatasetBytes(bytes: Uint8Array): DecodedDataset {
  // UTF-16: its byte-order mark, or a JSON text's opening "{" or "[" with the zero byte that every
  // ASCII character then carries, after any blank lines or spaces (in UTF-16 too: "\n{" is 0a 00 7b 00).
  // (Zero bytes elsewhere, a zip or gzip file, are not text at all: the JSON parser names those.)
  const [first, second] = bytes;
  const opens = (byte: number | undefined) => byte === 0x7b || byte === 0x5b;
  const at = bytes.findIndex((byte) => byte > 0x20);
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff) || (opens(bytes[at]) && (bytes[at + 1] === 0 || bytes[at - 1] === 0))) {
    return { notUtf8: 'UTF-16' };
  }
  try {
    // Drops a UTF-8 byte-order mark, which Windows editors add and JSON.parse would refuse. "stream"
    // leaves a character cut off at the very end (a truncated upload) to the JSON parser.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true }) };
  } catch {
    // Not UTF-8, yet it starts like JSON: a legacy encoding, EUC-KR on Korean Windows. Anything else
    // is no JSON file, which the parser says.
    const start = bytes.find((byte) => byte > 0x20 && byte !== 0xef && byte !== 0xbb && byte !== 0xbf);
    return opens(start) ? { notUtf8: 'EUC-KR' } : { text: new TextDecoder().decode(bytes) };
  }
}

/**
 * A parser message fit for a console or terminal line: the parser quotes the text around the error,
 * and a binary file's control bytes (zero bytes of a zip) would land there raw.
 */
export function printable(message: string): string {
  return message.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '\ufffd');
}
