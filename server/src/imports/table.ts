import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { decodeText, EncodingError, type TextEncodingName } from "./encoding.ts";

/**
 * A file as rows of text cells, whatever its format: CSV (UTF-8, UTF-8 with BOM, GBK/GB18030) or
 * XLSX (the first sheet, or a named one). Row numbers are the file's own (the header is row 1, as
 * a spreadsheet numbers it), so a report points at the row the user sees.
 */
export interface TableRow {
  /** Row number in the file (CSV: the line the record starts on; XLSX: the sheet's row number). */
  row: number;
  cells: string[];
}

export interface Table {
  headers: string[];
  rows: TableRow[];
  /** "XLSX" or the CSV text encoding found. */
  format: "XLSX" | TextEncodingName;
}

/** A problem with the file as a whole (not one row): wrong format, encoding, sheet, headers. */
export class FileError extends Error {
  override name = "FileError";
}

const isXlsx = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b; // "PK": a zip

function csvTable(bytes: Uint8Array): Table {
  let decoded;
  try {
    decoded = decodeText(bytes);
  } catch (error) {
    if (error instanceof EncodingError) throw new FileError(error.message);
    throw error;
  }
  let records: string[][];
  try {
    // No per-record info (it costs a third of the parse): line numbers are counted below, so
    // empty lines are kept here and dropped after counting.
    records = parse(decoded.text, {
      skip_empty_lines: false,
      relax_column_count: true,
      trim: false,
    }) as string[][];
  } catch (error) {
    throw new FileError(`the CSV cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const head = records.find((r) => r.some((c) => c.trim() !== ""));
  if (!head) throw new FileError("the file is empty: the first row must name the columns");
  // A record starts on the line after the previous one ends; a quoted cell may span lines.
  const rows: TableRow[] = [];
  let line = 1;
  let headerSeen = false;
  for (const record of records) {
    const start = line;
    for (const cell of record) if (cell.includes("\n")) line += cell.split("\n").length - 1;
    line += 1;
    if (!record.some((c) => c.trim() !== "")) continue;
    if (!headerSeen) {
      headerSeen = true;
      continue;
    }
    rows.push({ row: start, cells: record });
  }
  return {
    headers: head.map((h) => h.trim()),
    rows,
    format: decoded.encoding,
  };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((t) => t.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("result" in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ("error" in value) return "";
    return "";
  }
  return String(value);
}

async function xlsxTable(bytes: Uint8Array, sheetName: string | undefined): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (error) {
    throw new FileError(`the XLSX cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) {
    throw new FileError(
      sheetName
        ? `the workbook has no sheet "${sheetName}" (it has: ${workbook.worksheets.map((w) => w.name).join(", ")})`
        : "the workbook has no sheet",
    );
  }
  let headers: string[] | undefined;
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as ExcelJS.CellValue[]; // 1-based: values[0] is empty
    const cells = values.slice(1).map(cellText);
    if (!headers) {
      headers = cells.map((h) => h.trim());
      return;
    }
    if (cells.some((c) => c.trim() !== "")) rows.push({ row: rowNumber, cells });
  });
  if (!headers) throw new FileError("the sheet is empty: the first row must name the columns");
  return { headers, rows, format: "XLSX" };
}

/** Reads a CSV or XLSX file (told apart by its first bytes, not its name). */
export async function readTable(bytes: Uint8Array, options: { sheet?: string } = {}): Promise<Table> {
  if (bytes.length === 0) throw new FileError("the file is empty");
  return isXlsx(bytes) ? xlsxTable(bytes, options.sheet) : csvTable(bytes);
}
