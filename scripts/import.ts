import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { ConfigError } from "../server/src/config.ts";
import { migrate } from "../server/src/db/migrations.ts";
import {
  FileError,
  ImportError,
  KIND_NAMES,
  listImports,
  runImport,
  templateCsv,
  undoImport,
} from "../server/src/imports/index.ts";
import { loadConfig } from "../server/src/config.ts";
import { connectForCommand } from "./connect.ts";

const USAGE = `npm run import -- FILE [--kind ${KIND_NAMES.join("|")}] [--sheet NAME] [--dry-run] [--skip-bad-rows] [--user NAME]
npm run import -- --template ${KIND_NAMES.join("|")} [--zh]     (CSV, UTF-8 with BOM, to standard output)
npm run import -- --undo IMPORT_ID
npm run import -- --list

Prints one line per bad row (row N, column C: reason) and last the counts
(created X, updated Y, unchanged Z, refused W); exits 0 when the file applied (or, with --dry-run,
would apply) cleanly, 1 when a row was refused.`;

class UsageError extends Error {}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    strict: true,
    options: {
      kind: { type: "string" },
      sheet: { type: "string" },
      "dry-run": { type: "boolean" },
      "skip-bad-rows": { type: "boolean" },
      user: { type: "string" },
      template: { type: "string" },
      zh: { type: "boolean" },
      undo: { type: "string" },
      list: { type: "boolean" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.template !== undefined) {
    process.stdout.write(templateCsv(values.template, values.zh ? "zh" : "en"));
    return 0;
  }
  if (values.kind !== undefined && !KIND_NAMES.includes(values.kind)) {
    throw new UsageError(`--kind must be one of ${KIND_NAMES.join(", ")}`);
  }
  const file = positionals[0];
  if (!file && !values.undo && !values.list) throw new UsageError(USAGE);
  const bytes = file ? fs.readFileSync(file) : undefined;
  const user = values.user ?? `cli:${os.userInfo().username}`;

  const { db, close } = await connectForCommand("import");
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        {
          format: "{phase} [{bar}] {value}/{total} {duration_formatted}",
          stream: process.stderr,
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  let started = "";
  const progress = (phase: string, done: number, total: number) => {
    if (!bar) {
      process.stderr.write(`${phase} ${done}/${total}\n`);
      return;
    }
    if (started !== phase) {
      if (started) bar.stop();
      bar.start(total, done, { phase });
      started = phase;
    } else bar.update(done, { phase });
  };
  try {
    await migrate(db);
    if (values.list) {
      for (const i of await listImports(db)) {
        console.log(
          [
            i.id,
            i.status,
            i.kind,
            i.file,
            i.user,
            i.startedAt,
            `created ${i.created}, updated ${i.updated}, unchanged ${i.unchanged}, refused ${i.refused}`,
          ].join("\t"),
        );
      }
      return 0;
    }
    if (values.undo) {
      const rec = await undoImport(db, values.undo, { user, onProgress: (n) => progress("undo", n, n) });
      bar?.stop();
      console.log(`undone ${rec.id} (${rec.file}: created ${rec.created}, updated ${rec.updated})`);
      return 0;
    }
    const result = await runImport(db, {
      bytes: bytes!,
      file: path.basename(file!),
      kind: values.kind,
      sheet: values.sheet,
      user,
      pipeline: loadConfig().pipeline,
      dryRun: values["dry-run"],
      skipBadRows: values["skip-bad-rows"],
      onProgress: progress,
    });
    bar?.stop();
    for (const id of result.recovered) console.error(`rolled back import ${id}, which had been cut short`);
    const r = result.report;
    for (const p of r.problems) console.log(`row ${p.row}, column ${p.column}: ${p.reason}`);
    if (result.importId) console.error(`import ${result.importId} (${r.kind}, ${r.format})`);
    else if (!values["dry-run"] && r.refused > 0)
      console.error("nothing written: fix the rows or use --skip-bad-rows");
    console.log(`created ${r.created}, updated ${r.updated}, unchanged ${r.unchanged}, refused ${r.refused}`);
    return r.refused > 0 ? 1 : 0;
  } finally {
    bar?.stop();
    await close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof FileError) console.error(`file: ${error.message}`);
    else if (error instanceof ImportError) console.error(error.message);
    else if (error instanceof UsageError) console.error(error.message);
    else if (error instanceof ConfigError) console.error(`configuration error: ${error.message}`);
    else if (error instanceof TypeError && /Unknown option|argument/.test(error.message))
      console.error(`${error.message}\n\n${USAGE}`);
    else console.error(error instanceof Error ? error.message : String(error));
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
