/**
 * The geographic view's pure part: latitude and longitude to canvas positions on a plain
 * equirectangular projection (no boundary of any kind is drawn: see the README), circles whose
 * AREA is proportional to their count, foreign countries in a band of their own below the China
 * frame, a light graticule, and the choice of the labels to show so that none overlap at the
 * current zoom. No DOM: unit-tested in Node (test/unit/client-geo.test.ts).
 */
import type { ElementDefinition } from "cytoscape";
import type { GeoMapData, GeoPoint } from "../api/operations.ts";
import { nameOf, type Lang } from "../i18n/index.ts";
import { FONT_STACK, type Stylesheet } from "./styles.ts";

export const GEO = {
  /** Model units per degree of latitude. */
  scale: 24,
  /** Standard parallel (China's middle latitude): a degree of longitude is cos(35°) of one of latitude. */
  parallel: 35,
  /**
   * The frame always spans at least China's core (these degrees) and every Chinese place plus
   * `margin` degrees, snapped outwards to `snap` degrees; the graticule spans the frame.
   */
  core: { lonMin: 100, lonMax: 125, latMin: 20, latMax: 42 },
  margin: 2,
  snap: 5,
  /** Graticule lines every this many degrees. */
  step: 10,
  /** Diameter of the largest circle on the map, and the floor below which no circle shrinks (model units). */
  maxDiameter: 64,
  minDiameter: 10,
  /** On-screen size of every label (px): the view scales the font with the zoom. */
  labelPx: 12,
  /** The foreign band: a column this far right of the frame, rows this far apart at most (model units). */
  bandGap: 110,
  bandRow: 80,
  bandColumn: 190,
} as const;

/** The frame in degrees. */
export interface Frame {
  lonMin: number;
  lonMax: number;
  latMin: number;
  latMax: number;
}

const RAD = Math.PI / 180;

/** The frame for these places: China's core and every Chinese place with a margin, snapped outwards. */
export function frameOf(points: readonly { lat: number; lon: number; abroad: boolean }[]): Frame {
  const f: Frame = { ...GEO.core };
  for (const p of points) {
    if (p.abroad) continue;
    f.lonMin = Math.min(f.lonMin, p.lon - GEO.margin);
    f.lonMax = Math.max(f.lonMax, p.lon + GEO.margin);
    f.latMin = Math.min(f.latMin, p.lat - GEO.margin);
    f.latMax = Math.max(f.latMax, p.lat + GEO.margin);
  }
  const down = (v: number) => Math.floor(v / GEO.snap) * GEO.snap;
  const up = (v: number) => Math.ceil(v / GEO.snap) * GEO.snap;
  return { lonMin: down(f.lonMin), lonMax: up(f.lonMax), latMin: down(f.latMin), latMax: up(f.latMax) };
}

/** Equirectangular projection: east is +x, north is −y (screen coordinates), origin at the frame's north-west corner. */
export function project(lat: number, lon: number, frame: Frame): { x: number; y: number } {
  return {
    x: (lon - frame.lonMin) * Math.cos(GEO.parallel * RAD) * GEO.scale,
    y: (frame.latMax - lat) * GEO.scale,
  };
}

/** Width and height of the frame (model units). */
export function frameSize(frame: Frame): { w: number; h: number } {
  const se = project(frame.latMin, frame.lonMax, frame);
  return { w: se.x, h: se.y };
}

/** Diameter of a circle for `count` when the largest count on the map is `max`: area ∝ count, floored. */
export function diameter(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(GEO.minDiameter, GEO.maxDiameter * Math.sqrt(count / max));
}

export type GeoKind = "candidate" | "lead" | "local";
export const GEO_KINDS: readonly GeoKind[] = ["candidate", "lead", "local"];
export const KIND_COLOURS: Record<GeoKind, string> = {
  candidate: "#e07b24",
  lead: "#7b4fd6",
  local: "#2f9e5b",
};
const OFFICE_PALETTE = [
  "#1f77b4",
  "#d62728",
  "#17becf",
  "#8c564b",
  "#bcbd22",
  "#e377c2",
  "#2ca02c",
  "#ff7f0e",
];
/** Outline of a place no office covers (the home teams recruit there). */
export const NO_OFFICE_COLOUR = "#9aa3b2";

/** Outline colour per office id, in the order the offices come. */
export function officeColours(offices: readonly { id: string }[]): Map<string, string> {
  return new Map(offices.map((o, i) => [o.id, OFFICE_PALETTE[i % OFFICE_PALETTE.length]!]));
}

export const countOf = (p: GeoPoint, kind: GeoKind): number =>
  kind === "candidate" ? p.candidateCount : kind === "lead" ? p.leadCount : p.localCount;

/** The place's name for a label: "北京市(市辖区)" → "北京市", "Beijing (urban)" → "Beijing". */
export function placeLabel(lang: Lang, p: { name: string; nameZh: string }): string {
  return nameOf(lang, p)
    .replace(/\s*[(（]市辖区[)）]$/, "")
    .replace(/\s*\(urban\)$/, "");
}

/**
 * Where each point is drawn: Chinese places at their projected coordinates; foreign ones in a band
 * of their own right of the frame, west to east from the top, in as many columns as the frame's
 * height needs at GEO.bandRow a row.
 */
export function positions(points: readonly GeoPoint[], frame: Frame): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  const { w, h } = frameSize(frame);
  const abroad = points.filter((p) => p.abroad).sort((a, b) => a.lon - b.lon || (a.code < b.code ? -1 : 1));
  for (const p of points) if (!p.abroad) out.set(p.code, project(p.lat, p.lon, frame));
  const perColumn = Math.max(1, Math.floor(h / GEO.bandRow));
  const rows = Math.min(perColumn, abroad.length);
  const step = h / Math.max(1, rows);
  abroad.forEach((p, i) =>
    out.set(p.code, {
      x: w + GEO.bandGap + Math.floor(i / perColumn) * GEO.bandColumn,
      y: step * ((i % perColumn) + 0.5),
    }),
  );
  return out;
}

export const pointNodeId = (code: string, kind: GeoKind) => `geo:pt:${code}:${kind}`;
export const labelNodeId = (code: string) => `geo:lb:${code}`;

export interface GeoElementsOptions {
  lang: Lang;
  /** Text of the foreign band's title; omitted when nothing is abroad. */
  bandTitle: string;
}

/**
 * Elements of the map: per place one circle per kind with a count (largest drawn below, so all
 * show), a transparent label node the size of its largest circle, the graticule and the band title.
 */
export function geoElements(map: GeoMapData, opts: GeoElementsOptions): ElementDefinition[] {
  const frame = frameOf(map.points);
  const at = positions(map.points, frame);
  const colours = officeColours(map.offices);
  let max = 0;
  for (const p of map.points) for (const k of GEO_KINDS) max = Math.max(max, countOf(p, k));
  const out: ElementDefinition[] = [];
  const { w, h } = frameSize(frame);

  // Graticule: a meridian and a parallel every GEO.step degrees inside the frame.
  const line = (
    id: string,
    a: { x: number; y: number },
    b: { x: number; y: number },
    label: string,
    side: "lon" | "lat",
  ) => {
    out.push(
      {
        group: "nodes",
        data: { id: `${id}:a`, label },
        position: a,
        classes: `geo-grid-end ${side}`,
      },
      {
        group: "nodes",
        data: { id: `${id}:b`, label: "" },
        position: b,
        classes: `geo-grid-end ${side}`,
      },
      { group: "edges", data: { id, source: `${id}:a`, target: `${id}:b` }, classes: "geo-grid" },
    );
  };
  for (let lon = Math.ceil(frame.lonMin / GEO.step) * GEO.step; lon <= frame.lonMax; lon += GEO.step) {
    const x = project(0, lon, frame).x;
    // The frame's north-west corner would hold two labels: the corner meridian goes unlabelled.
    line(`geo:g:lon:${lon}`, { x, y: 0 }, { x, y: h }, lon === frame.lonMin ? "" : `${lon}°E`, "lon");
  }
  for (let lat = Math.ceil(frame.latMin / GEO.step) * GEO.step; lat <= frame.latMax; lat += GEO.step) {
    const y = project(lat, 0, frame).y;
    line(`geo:g:lat:${lat}`, { x: 0, y }, { x: w, y }, `${lat}°N`, "lat");
  }
  if (map.points.some((p) => p.abroad)) {
    out.push({
      group: "nodes",
      data: { id: "geo:band", label: opts.bandTitle },
      position: { x: w + GEO.bandGap - GEO.maxDiameter / 2, y: -GEO.bandRow / 4 },
      classes: "geo-band-title",
    });
  }

  for (const p of map.points) {
    const pos = at.get(p.code)!;
    const sizes = GEO_KINDS.map((k) => ({ k, n: countOf(p, k), d: diameter(countOf(p, k), max) }))
      .filter((s) => s.n > 0)
      .sort((a, b) => b.d - a.d || GEO_KINDS.indexOf(a.k) - GEO_KINDS.indexOf(b.k));
    const office = p.office ? (colours.get(p.office.id) ?? NO_OFFICE_COLOUR) : NO_OFFICE_COLOUR;
    sizes.forEach((s, i) => {
      out.push({
        group: "nodes",
        data: {
          id: pointNodeId(p.code, s.k),
          code: p.code,
          kind: s.k,
          count: s.n,
          size: s.d,
          z: 10 + i,
          office,
        },
        position: { ...pos },
        classes: `geo-point ${s.k}${i === 0 ? " outer" : ""}`,
      });
    });
    const outer = sizes[0]?.d ?? GEO.minDiameter;
    out.push({
      group: "nodes",
      data: {
        id: labelNodeId(p.code),
        code: p.code,
        label: placeLabel(opts.lang, p),
        size: outer,
        total: p.localCount + p.candidateCount + p.leadCount,
      },
      position: { ...pos },
      classes: `geo-label${p.code === map.homePlaceCode ? " home" : ""}`,
    });
  }
  return out;
}

/** An axis-aligned box in screen pixels. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelCandidate {
  id: string;
  /** Centre of the place (model units). */
  x: number;
  y: number;
  /** Diameter of its largest circle (model units): the label sits just below it. */
  size: number;
  text: string;
  /** Higher first: the home place, then by total count. */
  priority: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The screen box of a label below its circle at `zoom`, for a text `width` px wide. */
export function labelBox(c: LabelCandidate, zoom: number, width: number): Box {
  const top = (c.y + c.size / 2) * zoom;
  const x = c.x * zoom;
  const pad = 2;
  return { x1: x - width / 2 - pad, x2: x + width / 2 + pad, y1: top, y2: top + GEO.labelPx * 1.35 + pad };
}

/**
 * The labels to show at `zoom`: greedily by priority (then id), each only if its box overlaps no
 * label already shown nor a `fixed` box (the graticule's and band's labels). `measure` gives a
 * label's width in px at GEO.labelPx (the view reads it from Cytoscape; estimateWidth without one).
 */
export function chooseLabels(
  candidates: readonly LabelCandidate[],
  zoom: number,
  measure: (c: LabelCandidate) => number,
  fixed: readonly Box[] = [],
): Set<string> {
  const placed: Box[] = [...fixed];
  const shown = new Set<string>();
  const order = [...candidates].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  for (const c of order) {
    if (c.text === "") continue;
    const box = labelBox(c, zoom, measure(c));
    if (placed.some((p) => overlaps(p, box))) continue;
    placed.push(box);
    shown.add(c.id);
  }
  return shown;
}

/** Width of a text at GEO.labelPx without a canvas: CJK characters a full em, others about 0.6 em. */
export function estimateWidth(text: string): number {
  let em = 0;
  for (const ch of text) em += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  return em * GEO.labelPx;
}

/** Rows of the table view, by total count descending, then name. */
export function geoTableRows(
  lang: Lang,
  map: GeoMapData,
  officeName: (id: string) => string,
): {
  code: string;
  name: string;
  abroad: boolean;
  local: number;
  candidates: number;
  leads: number;
  office: string;
}[] {
  return map.points
    .map((p) => ({
      code: p.code,
      name: placeLabel(lang, p),
      abroad: p.abroad,
      local: p.localCount,
      candidates: p.candidateCount,
      leads: p.leadCount,
      office: p.office ? officeName(p.office.id) : "",
    }))
    .sort(
      (a, b) =>
        b.local + b.candidates + b.leads - (a.local + a.candidates + a.leads) || (a.code < b.code ? -1 : 1),
    );
}

/**
 * The map's stylesheet. `font` is the label size in model units (GEO.labelPx / zoom), so that labels
 * keep their on-screen size whatever the zoom.
 */
export function geoStyle(font: number): Stylesheet {
  const text = {
    "font-size": font,
    "font-family": FONT_STACK,
    color: "#2b3140",
    "text-outline-color": "#ffffff",
    "text-outline-width": Math.max(1, font / 6),
    "min-zoomed-font-size": 0,
  };
  return [
    {
      selector: "node.geo-point",
      style: {
        width: "data(size)",
        height: "data(size)",
        "background-opacity": 0.6,
        "border-width": 1,
        "border-color": "#ffffff",
        "z-index": "data(z)",
        label: "",
      },
    },
    ...GEO_KINDS.map((k) => ({
      selector: `node.geo-point.${k}`,
      style: { "background-color": KIND_COLOURS[k] },
    })),
    {
      // Thin on small circles, so that the fill (the kind) still shows.
      selector: "node.geo-point.outer",
      style: { "border-width": "mapData(size, 10, 64, 1.5, 3)", "border-color": "data(office)" },
    },
    { selector: "node.geo-point.picked", style: { "border-width": 4, "border-color": "#111111" } },
    {
      selector: "node.geo-label",
      style: {
        ...text,
        width: "data(size)",
        height: "data(size)",
        "background-opacity": 0,
        "border-width": 0,
        "z-index": 1000,
        label: "",
        "text-valign": "bottom",
        "text-halign": "center",
        "overlay-opacity": 0,
      },
    },
    { selector: "node.geo-label.shown", style: { label: "data(label)" } },
    { selector: "node.geo-label.home", style: { "font-weight": "bold" } },
    {
      selector: "node.geo-grid-end",
      style: {
        ...text,
        color: "#7d8699",
        width: 1,
        height: 1,
        "background-opacity": 0,
        "border-width": 0,
        label: "data(label)",
        events: "no",
      },
    },
    { selector: "node.geo-grid-end.lon", style: { "text-valign": "top", "text-halign": "center" } },
    { selector: "node.geo-grid-end.lat", style: { "text-valign": "center", "text-halign": "left" } },
    {
      selector: "edge.geo-grid",
      style: { width: 1, "line-color": "#e4e7ee", "curve-style": "straight", events: "no", "z-index": 0 },
    },
    {
      selector: "node.geo-band-title",
      style: {
        ...text,
        color: "#5a6275",
        "font-weight": "bold",
        width: 1,
        height: 1,
        "background-opacity": 0,
        "border-width": 0,
        label: "data(label)",
        "text-valign": "center",
        "text-halign": "right",
        events: "no",
      },
    },
  ];
}
