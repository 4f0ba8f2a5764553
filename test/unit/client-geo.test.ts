import cytoscape from "cytoscape";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { GeoMapData, GeoPoint } from "../../client/src/api/operations.ts";
import {
  chooseLabels,
  diameter,
  estimateWidth,
  frameOf,
  frameSize,
  GEO,
  geoElements,
  geoStyle,
  geoTableRows,
  labelBox,
  placeLabel,
  positions,
  project,
  type LabelCandidate,
} from "../../client/src/transforms/geo.ts";

const COS35 = Math.cos((35 * Math.PI) / 180); // 0.819152…

const point = (code: string, lat: number, lon: number, counts: Partial<GeoPoint> = {}): GeoPoint => ({
  code,
  name: `P${code}`,
  nameZh: `地${code}`,
  level: /^[A-Z]{2}$/.test(code) ? "COUNTRY" : "CITY",
  lat,
  lon,
  abroad: /^[A-Z]{2}$/.test(code),
  localCount: 0,
  candidateCount: 0,
  leadCount: 0,
  syntheticCount: 0,
  office: null,
  ...counts,
});

const map = (points: GeoPoint[]): GeoMapData => ({
  gap: false,
  homePlaceCode: "320600",
  segment: null,
  points,
  offices: [
    { id: "O-DE", name: "Germany Office", nameZh: "德国招商办事处", territories: ["DE"] },
    { id: "O-SH", name: "Shanghai Office", nameZh: "上海驻点招商", territories: ["310000"] },
  ],
  localCount: 0,
  candidateCount: 0,
  leadCount: 0,
  syntheticCount: 0,
  unplacedCount: 0,
});

describe("the projection", () => {
  // A frame from 100°E to 125°E, 20°N to 45°N (China's core box with Harbin-like 43°N + 2° margin).
  const frame = { lonMin: 100, lonMax: 125, latMin: 20, latMax: 45 };

  it("is equirectangular with a standard parallel of 35°, origin at the frame's north-west corner", () => {
    // By hand: (lon − 100) · cos 35° · 24, (45 − lat) · 24.
    expect(project(45, 100, frame)).toEqual({ x: 0, y: 0 });
    const nantong = project(32, 120.9, frame);
    expect(nantong.x).toBeCloseTo(20.9 * COS35 * 24, 9); // 410.89…
    expect(nantong.y).toBeCloseTo(13 * 24, 9); // 312
    // One degree of longitude is cos 35° of one of latitude.
    expect(project(30, 101, frame).x - project(30, 100, frame).x).toBeCloseTo(COS35 * 24, 9);
    expect(project(30, 100, frame).y - project(31, 100, frame).y).toBe(24);
    const { w, h } = frameSize(frame);
    expect(w).toBeCloseTo(25 * COS35 * 24, 9);
    expect(h).toBe(25 * 24);
  });

  it("frames China's core and every Chinese place with a 2° margin, snapped out to 5°; abroad does not count", () => {
    expect(frameOf([])).toEqual({ lonMin: 100, lonMax: 125, latMin: 20, latMax: 45 });
    // Urumqi 87.62°E → 85.62 → 85; Harbin 45.8°N, 126.6°E → 47.8 → 50, 128.6 → 130; Sanya 18.25 → 16.25 → 15.
    const f = frameOf([
      point("650100", 43.83, 87.62),
      point("230100", 45.8, 126.6),
      point("460200", 18.25, 109.5),
      point("US", 38.91, -77.04),
    ]);
    expect(f).toEqual({ lonMin: 85, lonMax: 130, latMin: 15, latMax: 50 });
  });

  it("sizes circles by area: a quarter of the largest count gets half its diameter, floored", () => {
    expect(diameter(100, 100)).toBe(GEO.maxDiameter);
    expect(diameter(25, 100)).toBe(GEO.maxDiameter / 2);
    expect(diameter(1, 100)).toBe(GEO.minDiameter); // 6.4 < 10
    expect(diameter(0, 100)).toBe(0);
  });

  it("puts foreign countries in a column right of the frame, west to east from the top, evenly spaced", () => {
    const at = positions(
      [point("JP", 35.68, 139.69), point("DE", 52.52, 13.4), point("310100", 31.23, 121.47)],
      frame,
    );
    const { w, h } = frameSize(frame); // h = 600: 7 rows of 80 fit a column; 2 countries → rows of 300
    expect(h).toBe(600);
    expect(at.get("DE")).toEqual({ x: w + GEO.bandGap, y: 150 });
    expect(at.get("JP")).toEqual({ x: w + GEO.bandGap, y: 450 });
    expect(at.get("310100")).toEqual(project(31.23, 121.47, frame));
    // Nine countries: seven in the first column (rows of 600 / 7), two in the second.
    const many = positions(
      Array.from({ length: 9 }, (_, i) => point(`C${String.fromCharCode(65 + i)}`, 0, i)),
      frame,
    );
    expect(many.get("CA")).toEqual({ x: w + GEO.bandGap, y: (600 / 7) * 0.5 });
    expect(many.get("CH")!.x).toBe(w + GEO.bandGap + GEO.bandColumn);
    expect(many.get("CH")!.y).toBeCloseTo((600 / 7) * 0.5, 9);
  });
});

describe("the map's elements", () => {
  afterEach(() => vi.restoreAllMocks());

  it("draws one circle per kind with a count, largest below, outlined by the covering office", () => {
    const m = map([
      point("310100", 31.23, 121.47, { candidateCount: 100, leadCount: 4, office: { id: "O-SH" } }),
      point("320600", 32, 120.9, { localCount: 25, candidateCount: 1 }),
      point("DE", 52.52, 13.4, { candidateCount: 9, office: { id: "O-DE" } }),
    ]);
    const els = geoElements(m, { lang: "zh", bandTitle: "境外" });
    const circles = els.filter((e) => String(e.classes ?? "").startsWith("geo-point"));
    expect(circles.map((e) => [e.data.id, e.data.size, e.data.z, e.classes])).toEqual([
      ["geo:pt:310100:candidate", 64, 10, "geo-point candidate outer"],
      ["geo:pt:310100:lead", 64 * Math.sqrt(0.04), 11, "geo-point lead"],
      ["geo:pt:320600:local", 32, 10, "geo-point local outer"],
      ["geo:pt:320600:candidate", 10, 11, "geo-point candidate"],
      ["geo:pt:DE:candidate", 64 * 0.3, 10, "geo-point candidate outer"],
    ]);
    // Outline colours: the offices' palette in order; no office → grey.
    expect(circles.map((e) => e.data.office)).toEqual([
      "#d62728",
      "#d62728",
      "#9aa3b2",
      "#9aa3b2",
      "#1f77b4",
    ]);
    const home = els.find((e) => e.data.id === "geo:lb:320600")!;
    expect(home.classes).toBe("geo-label home");
    expect(home.data).toMatchObject({ label: "地320600", size: 32, total: 26 });
    expect(els.some((e) => e.data.id === "geo:band")).toBe(true);
    // The frame is China's core box (both cities lie inside it): meridians 100…120°E, parallels 20…40°N.
    expect(els.filter((e) => e.classes === "geo-grid").map((e) => e.data.id)).toEqual([
      "geo:g:lon:100",
      "geo:g:lon:110",
      "geo:g:lon:120",
      "geo:g:lat:20",
      "geo:g:lat:30",
      "geo:g:lat:40",
    ]);

    // The stylesheet takes them without a warning in a headless Cytoscape.
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: els, style: geoStyle(20) as never });
    expect(cy.getElementById("geo:pt:320600:local").style("width")).toBe("32px");
    expect(warn).not.toHaveBeenCalled();
    cy.destroy();
  });

  it("names places without the municipalities' '(urban)' suffix", () => {
    expect(placeLabel("zh", { name: "Beijing (urban)", nameZh: "北京市(市辖区)" })).toBe("北京市");
    expect(placeLabel("en", { name: "Beijing (urban)", nameZh: "北京市(市辖区)" })).toBe("Beijing");
    expect(placeLabel("en", { name: "Nantong", nameZh: "南通市" })).toBe("Nantong");
  });

  it("lists the table by total, then code", () => {
    const rows = geoTableRows(
      "en",
      map([
        point("DE", 52.52, 13.4, { candidateCount: 3, office: { id: "O-DE" } }),
        point("310100", 31.23, 121.47, { candidateCount: 2, leadCount: 1 }),
        point("320600", 32, 120.9, { localCount: 5 }),
      ]),
      (id) => `office ${id}`,
    );
    expect(rows.map((r) => [r.code, r.local + r.candidates + r.leads, r.office])).toEqual([
      ["320600", 5, ""],
      ["310100", 3, ""],
      ["DE", 3, "office O-DE"],
    ]);
  });
});

describe("label choice", () => {
  const c = (id: string, x: number, y: number, priority: number, text = "南通市"): LabelCandidate => ({
    id,
    x,
    y,
    size: 20,
    text,
    priority,
  });

  it("places a label under its circle, sized in screen pixels", () => {
    // At zoom 0.5 a circle of 20 at (100, 200) ends at y = 210 model = 105 px; 36 px of text + 2 px pad.
    expect(labelBox(c("a", 100, 200, 1), 0.5, 36)).toEqual({
      x1: 30,
      x2: 70,
      y1: 105,
      y2: 105 + 12 * 1.35 + 2,
    });
    expect(estimateWidth("南通市")).toBe(36);
    expect(estimateWidth("Nantong")).toBeCloseTo(7 * 0.6 * 12, 9);
  });

  it("shows the higher priority of two overlapping labels, and both once zoomed in enough", () => {
    const a = c("a", 100, 100, 5);
    const b = c("b", 130, 100, 9); // 30 model units apart: 15 px at zoom 0.5, 60 px at zoom 2
    const measure = (x: LabelCandidate) => estimateWidth(x.text); // 36 px
    expect([...chooseLabels([a, b], 0.5, measure)]).toEqual(["b"]);
    expect([...chooseLabels([a, b], 2, measure)].sort()).toEqual(["a", "b"]);
  });

  it("keeps clear of fixed boxes (graticule labels) and skips empty texts", () => {
    const a = c("a", 100, 100, 5);
    const box = labelBox(a, 1, 36);
    expect([...chooseLabels([a], 1, () => 36, [box])]).toEqual([]);
    expect([...chooseLabels([c("e", 0, 0, 1, "")], 1, () => 0)]).toEqual([]);
  });
});
