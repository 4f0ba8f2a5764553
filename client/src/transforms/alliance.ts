/**
 * Alliance partners of one member as a small graph with fixed positions: suppliers in a column on
 * the left, customers on the right, peers in rows below; solid edges where a SUPPLIES tie already
 * exists, dashed where the alliance only suggests one.
 */
import type { ElementDefinition } from "cytoscape";
import { nameOf, type Lang, type Named } from "../i18n/index.ts";
import type { Partner, PartnerRelation } from "../api/operations.ts";
import { companyNodeId } from "./network.ts";

/**
 * One relation per partner and direction: a company that is a supplier or a customer of the
 * member is not listed again as a peer (the API reports both when it also shares a segment), so
 * the lists and the graph tell the same story. Order kept.
 */
export function distinctPartners<P extends Pick<Partner, "relation"> & { company: { id: string } }>(
  partners: readonly P[],
): P[] {
  const directed = new Set(partners.filter((p) => p.relation !== "PEER").map((p) => p.company.id));
  return partners.filter((p) => p.relation !== "PEER" || !directed.has(p.company.id));
}

export const ALLIANCE_LAYOUT = { columnX: 360, rowHeight: 46, peerColumns: 4, peerWidth: 190 } as const;

export function allianceElements(
  member: Named & { id: string; source?: string },
  partners: readonly Partner[],
  lang: Lang,
  headings?: Record<PartnerRelation, string>,
): ElementDefinition[] {
  const { columnX, rowHeight, peerColumns, peerWidth } = ALLIANCE_LAYOUT;
  const centre = companyNodeId(member.id);
  const elements: ElementDefinition[] = [
    {
      group: "nodes",
      data: { id: centre, apiId: member.id, label: nameOf(lang, member), size: 36 },
      position: { x: 0, y: 0 },
      classes: "company centre",
    },
  ];
  const distinct = distinctPartners(partners);
  const by = (r: PartnerRelation) => distinct.filter((p) => p.relation === r);
  const column = (list: Partner[], x: number) => {
    const top = -((list.length - 1) * rowHeight) / 2;
    return list.map((p, i) => ({ p, x, y: top + i * rowHeight }));
  };
  const peers = by("PEER");
  const sideRows = Math.max(by("SUPPLIER").length, by("CUSTOMER").length);
  const peerTop = Math.max(120, ((sideRows - 1) * rowHeight) / 2 + 90);
  const placed = [
    ...column(by("SUPPLIER"), -columnX),
    ...column(by("CUSTOMER"), columnX),
    ...peers.map((p, i) => ({
      p,
      x: ((i % peerColumns) - (Math.min(peers.length, peerColumns) - 1) / 2) * peerWidth,
      y: peerTop + Math.floor(i / peerColumns) * rowHeight,
    })),
  ];
  if (headings) {
    const sideTop = -((sideRows - 1) * rowHeight) / 2 - rowHeight;
    const heading = (relation: PartnerRelation, x: number, y: number) => {
      if (by(relation).length === 0) return;
      elements.push({
        group: "nodes",
        data: { id: `h:${relation}`, label: headings[relation] },
        position: { x, y },
        classes: "heading",
        selectable: false,
        grabbable: false,
      });
    };
    heading("SUPPLIER", -columnX, sideTop);
    heading("CUSTOMER", columnX, sideTop);
    heading("PEER", 0, peerTop - rowHeight * 0.8);
  }
  const seen = new Set<string>([centre]);
  for (const { p, x, y } of placed) {
    const id = companyNodeId(p.company.id);
    // A company both supplier and customer is drawn once, as a supplier.
    if (seen.has(id)) continue;
    seen.add(id);
    elements.push({
      group: "nodes",
      data: { id, apiId: p.company.id, label: nameOf(lang, p.company), size: 22, relation: p.relation },
      position: { x, y },
      classes: [
        "company",
        `rel-${p.relation}`,
        p.company.isLocal ? "local" : "",
        p.company.source === "SYNTHETIC" ? "synthetic" : "",
      ]
        .filter(Boolean)
        .join(" "),
    });
    const [source, target] = p.relation === "CUSTOMER" ? [centre, id] : [id, centre];
    elements.push({
      group: "edges",
      data: { id: `p:${p.relation}:${p.company.id}`, source, target, relation: p.relation },
      classes: [p.existingTie ? "tie" : "potential", p.relation === "PEER" ? "peer" : ""]
        .filter(Boolean)
        .join(" "),
    });
  }
  return elements;
}
