/**
 * Text encodings of uploaded CSV files. Spreadsheets in China save CSV either as UTF-8 (with or
 * without a byte-order mark) or in the legacy GBK / GB18030 code page (Excel's "CSV" on a Chinese
 * Windows). The decoder is the WHATWG TextDecoder built into Node (full ICU): in `fatal` mode it
 * refuses an invalid byte sequence instead of replacing it, which is what detection needs (a lenient
 * decoder such as iconv-lite silently turns bad bytes into "?", so it cannot tell GBK from garbage).
 * GB18030 is a superset of GBK and GB2312, so one decoder covers all three.
 */
export type TextEncodingName = "UTF-8" | "UTF-8 BOM" | "GB18030";

export class EncodingError extends Error {
  override name = "EncodingError";
}

const BOM = [0xef, 0xbb, 0xbf];

/** Decodes a file's bytes; throws an EncodingError naming what it found when nothing fits. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes.length >= 3 && BOM.every((b, i) => bytes[i] === b)) {
    try {
      return {
        text: new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(3)),
        encoding: "UTF-8 BOM",
      };
    } catch {
      throw new EncodingError("the file starts with a UTF-8 byte-order mark but is not valid UTF-8");
    }
  }
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    throw new EncodingError('the file is UTF-16 (Excel\'s "Unicode text"): save it as CSV UTF-8 or as XLSX');
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "UTF-8" };
  } catch {
    // not UTF-8: try the Chinese legacy code page
  }
  try {
    return { text: new TextDecoder("gb18030", { fatal: true }).decode(bytes), encoding: "GB18030" };
  } catch {
    throw new EncodingError(
      "the file is neither UTF-8 nor GBK/GB18030 (it has byte sequences invalid in both): save it as CSV UTF-8 or as XLSX",
    );
  }
}
