import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { CHAIN_FEEDS, CHAIN_SEGMENTS } from "../server/src/chains/index.ts";
import { COVERAGE } from "../server/src/chains/loaders.ts";
import { createContext } from "../server/src/context.ts";
import { int } from "../server/src/db/driver.ts";
import { dossierPdf } from "../server/src/dossier/report-pdf.ts";
import { dossierXlsx } from "../server/src/dossier/report-xlsx.ts";
import { computeDossier, KEY_FIRMS, KEY_TECH_RD, SOURCES } from "../server/src/dossier/service.ts";
import { gatherGapData } from "../server/src/gaps/queries.ts";
import { presenceIsCurrent, rebuildPresence } from "../server/src/graph-writes/index.ts";
import { fetchGapHead } from "../server/src/gaps/queries.ts";
import { createLogger } from "../server/src/logger.ts";
import { measure, openBenchDatabase, type Timing } from "./lib.ts";

/**
 * `npm run bench:report -- [--scale 20000] [--chain NE] [--runs 5] [--keep-data DIR] [--out DIR]`
 *
 * The chain report (六图六清单): median and p95 over `runs` runs (after one warm-up) of the dossier
 * computed in process (as an ADMIN), of the whole PDF and of the whole XLSX (dossier + rendering),
 * and the peak RSS of the process sampled every 5 ms while each format is made; beside the raw
 * Cypher of the same data run directly through the driver (the chain's tree, coverage, FEEDS, key
 * firms, R&D intensity, sources and the gap analysis's gather). `--out DIR` writes one PDF and one
 * XLSX per language there, to look at.
 */
const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "20000" },
    chain: { type: "string", default: "NE" },
    runs: { type: "string", default: "5" },
    "keep-data": { type: "string" },
    out: { type: "string" },
  },
});
const scale = Number(values.scale.replace(/_/g, ""));
const runs = Number(values.runs);
const chainId = values.chain;
if (!Number.isInteger(scale) || scale < 0)
  throw new Error(`--scale takes a whole number (got ${values.scale})`);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs takes a whole number ≥ 1 (got ${values.runs})`);

/** Runs fn under measure() while sampling the process's RSS; returns the timing and the peak in MiB. */
async function withPeakRss(
  name: string,
  fn: () => Promise<unknown>,
): Promise<{ timing: Timing; peakMiB: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  try {
    const timing = await measure(name, fn, runs, 1);
    return { timing, peakMiB: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

const bench = await openBenchDatabase({ scale, keepData: values["keep-data"] });
try {
  const { db, config } = bench;
  const home = config.homeRegion;
  const head = await fetchGapHead((q, p) => db.query(q, p), chainId, home);
  if (head.chain === null) throw new Error(`--chain: no chain "${chainId}"`);
  if (!presenceIsCurrent(head)) await rebuildPresence(db);
  const deps = { db, config, log: createLogger("silent") };
  const admin = {
    userId: "bench",
    username: "bench",
    role: "ADMIN" as const,
    teamId: null,
    companyId: null,
    allianceIds: null,
  };
  const ctx = () => createContext(deps, admin);
  const cypher = <R>(q: string, p?: Record<string, unknown>) => db.query(q, p) as Promise<R[]>;

  const first = await computeDossier(ctx(), chainId, "zh");
  const rows = [...first.diagrams, ...first.lists].reduce((a, i) => a + i.rows.length, 0);
  const dossier = await measure("dossier (zh)", () => computeDossier(ctx(), chainId, "zh"), runs, 1);
  const pdf = await withPeakRss("PDF (zh)", async () =>
    dossierPdf(await computeDossier(ctx(), chainId, "zh"), config.report),
  );
  const xlsx = await withPeakRss("XLSX (zh)", async () =>
    dossierXlsx(await computeDossier(ctx(), chainId, "zh")),
  );
  const raw = await measure(
    "raw Cypher",
    async () => {
      const segments = await cypher<{ segment: { id: string; leaf: boolean } }>(CHAIN_SEGMENTS, {
        chainId,
        leavesOnly: false,
      });
      const leaves = segments.filter((s) => s.segment.leaf).map((s) => s.segment.id);
      await Promise.all([
        cypher(COVERAGE, { region: home, segmentIds: leaves }),
        cypher(CHAIN_FEEDS, { chainId }),
        cypher(KEY_FIRMS, { chainId, home, n: int(3) }),
        cypher(KEY_TECH_RD, { chainId, home }),
        cypher(SOURCES, { chainId, home }),
        gatherGapData(cypher, chainId, home),
      ]);
    },
    runs,
    1,
  );

  if (values.out) {
    fs.mkdirSync(values.out, { recursive: true });
    for (const lang of ["zh", "en"] as const) {
      const d = await computeDossier(ctx(), chainId, lang);
      fs.writeFileSync(
        path.join(values.out, `chain-${chainId}-${lang}.pdf`),
        await dossierPdf(d, config.report),
      );
      fs.writeFileSync(path.join(values.out, `chain-${chainId}-${lang}.xlsx`), await dossierXlsx(d));
    }
    console.log(`reports written to ${values.out}`);
  }

  const pdfBytes = (await dossierPdf(first, config.report)).length;
  const xlsxBytes = (await dossierXlsx(first)).length;
  console.log(
    `\nchain report benchmark — chain ${chainId}, ${rows} rows; ${bench.describe}; ${runs} runs after 1 warm-up`,
  );
  const ms = (n: number) => n.toFixed(0).padStart(9);
  console.log(
    `${"what".padEnd(22)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"peak RSS".padStart(11)}${"size".padStart(11)}`,
  );
  console.log(`${"dossier (API data)".padEnd(22)}${ms(dossier.p50)}${ms(dossier.p95)}`);
  console.log(
    `${"PDF".padEnd(22)}${ms(pdf.timing.p50)}${ms(pdf.timing.p95)}${`${pdf.peakMiB.toFixed(0)} MiB`.padStart(11)}${`${(pdfBytes / 1024).toFixed(0)} KiB`.padStart(11)}`,
  );
  console.log(
    `${"XLSX".padEnd(22)}${ms(xlsx.timing.p50)}${ms(xlsx.timing.p95)}${`${xlsx.peakMiB.toFixed(0)} MiB`.padStart(11)}${`${(xlsxBytes / 1024).toFixed(0)} KiB`.padStart(11)}`,
  );
  console.log(`${"raw Cypher (same data)".padEnd(22)}${ms(raw.p50)}${ms(raw.p95)}`);
} finally {
  await bench.close();
}
