/**
 * A file size for messages to webmasters (console, CLI): "20 MB", "1.5 MB", "98 kB". Below 1 MB it
 * counts kB, so a small limit never reads "0 MB".
 */
export function formatByteSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Number((bytes / 1024 / 1024).toFixed(1))} MB` : `${Math.ceil(bytes / 1024)} kB`;
}
