import { describe, expect, it } from "vitest";
import { buildSyntheticPipeline, type PipelineCandidate } from "../../graph-seed/src/synthetic-pipeline.ts";
import { deriveLead } from "../../server/src/pipeline/bulk.ts";
import { loadConfig } from "../../server/src/config.ts";

const candidates: PipelineCandidate[] = Array.from({ length: 300 }, (_, i) => ({
  companyId: `syn-${String(i).padStart(5, "0")}`,
  segmentId: `S${i % 17}`,
  chainId: ["NE", "IT", "EQ", "HL"][i % 4]!,
  regions: i % 5 === 0 ? ["DE"] : i % 5 === 1 ? ["310100", "310000", "CN"] : ["440300", "440000", "CN"],
}));
const cfg = loadConfig({ NODE_ENV: "test" }).pipeline;

describe("the synthetic demo pipeline", () => {
  const leads = buildSyntheticPipeline(candidates, { seed: 1, anchor: "2026-11-26" });

  it("is the same for the same seed and anchor, whatever the candidates' order", () => {
    const again = buildSyntheticPipeline([...candidates].reverse(), { seed: 1, anchor: "2026-11-26" });
    expect(JSON.stringify(again)).toBe(JSON.stringify(leads));
    const other = buildSyntheticPipeline(candidates, { seed: 2, anchor: "2026-11-26" });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(leads));
  });

  it("is synthetic, follows the transition rules, never reaches PRODUCING and never passes the anchor", () => {
    expect(leads).toHaveLength(160);
    for (const lead of leads) {
      expect(lead.source).toBe("synthetic");
      expect(lead.events.every((e) => e.at <= "2026-11-26")).toBe(true);
      // deriveLead throws on a refused transition or PRODUCING.
      const d = deriveLead(lead, cfg, "2026-11-26T00:00:00.000Z");
      expect(d.props.stage).not.toBe("PRODUCING");
    }
    const stages = new Set(leads.map((l) => deriveLead(l, cfg, "x").props.stage));
    // A living board: leads at most stages.
    for (const s of ["LEAD", "VISIT", "NEGOTIATION", "SIGNED", "STARTED"])
      expect(stages.has(s as never)).toBe(true);
  });
});
