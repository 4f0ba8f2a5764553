/**
 * Hash routes, so every view is a link that can be shared or bookmarked and the static server
 * needs no rewrite rules. parseRoute/formatRoute are pure and inverse for valid routes.
 */
export type Route =
  | { view: "chain"; chainId: string | null; segmentId: string | null }
  | { view: "gaps"; chainId: string | null }
  | {
      view: "targets";
      chainId: string | null;
      segmentId: string | null;
      province: string | null;
      country: string | null;
      minRevenue: number | null;
      listed: boolean;
    }
  | { view: "lists"; listId: string | null }
  | { view: "company"; companyId: string }
  | { view: "alliance"; allianceId: string | null; memberId: string | null }
  | { view: "users" }
  | {
      view: "pipeline";
      teamId: string | null;
      chainId: string | null;
      officeId: string | null;
      stage: string | null;
      key: boolean;
    }
  | { view: "lead"; leadId: string }
  | { view: "race"; period: string | null; at: string | null }
  | { view: "agenda"; date: string | null }
  | { view: "imports" }
  | {
      view: "geo";
      chainId: string | null;
      segmentId: string | null;
      gapId: string | null;
      source: string | null;
    }
  | { view: "peers"; chainId: string | null; peers: string[] | null }
  | { view: "dossier"; chainId: string | null };

const DEFAULT_ROUTE: Route = { view: "chain", chainId: null, segmentId: null };

function dec(part: string | undefined): string | null {
  if (part === undefined || part === "") return null;
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** Reads "#/view/id?key=value". Unknown or malformed hashes give the default chain map. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, "");
  const [path = "", query = ""] = raw.split("?", 2);
  const parts = path.split("/");
  const params = new URLSearchParams(query);
  const p = (key: string) => {
    const v = params.get(key);
    return v === null || v === "" ? null : v;
  };
  const id = dec(parts[1]);
  switch (parts[0]) {
    case "chain":
      return { view: "chain", chainId: id, segmentId: p("segment") };
    case "gaps":
      return { view: "gaps", chainId: id };
    case "targets": {
      const min = Number(p("minRevenue"));
      return {
        view: "targets",
        chainId: id,
        segmentId: p("segment"),
        province: p("province"),
        country: p("country"),
        minRevenue: p("minRevenue") !== null && Number.isFinite(min) && min >= 0 ? min : null,
        listed: p("listed") === "1",
      };
    }
    case "lists":
      return { view: "lists", listId: id };
    case "company":
      return id ? { view: "company", companyId: id } : DEFAULT_ROUTE;
    case "alliance":
      return { view: "alliance", allianceId: id, memberId: p("member") };
    case "users":
      return { view: "users" };
    case "pipeline":
      return {
        view: "pipeline",
        teamId: p("team"),
        chainId: id,
        officeId: p("office"),
        stage: p("stage"),
        key: p("key") === "1",
      };
    case "lead":
      return id ? { view: "lead", leadId: id } : DEFAULT_ROUTE;
    case "race":
      return { view: "race", period: p("period"), at: p("at") };
    case "agenda":
      return { view: "agenda", date: p("date") };
    case "imports":
      return { view: "imports" };
    case "geo":
      return { view: "geo", chainId: id, segmentId: p("segment"), gapId: p("gap"), source: p("source") };
    case "peers": {
      const list = p("peers");
      return {
        view: "peers",
        chainId: id,
        peers: list === null ? null : list.split(",").filter((c) => c !== ""),
      };
    }
    case "dossier":
      return { view: "dossier", chainId: id };
    default:
      return DEFAULT_ROUTE;
  }
}

/** Writes a route as a hash; null and default values are left out. */
export function formatRoute(route: Route): string {
  const enc = (v: string | null) => (v === null ? "" : `/${encodeURIComponent(v)}`);
  const q = (pairs: [string, string | null][]) => {
    const params = new URLSearchParams();
    for (const [k, v] of pairs) if (v !== null) params.set(k, v);
    const s = params.toString();
    return s ? `?${s}` : "";
  };
  switch (route.view) {
    case "chain":
      return `#/chain${enc(route.chainId)}${q([["segment", route.segmentId]])}`;
    case "gaps":
      return `#/gaps${enc(route.chainId)}`;
    case "targets":
      return `#/targets${enc(route.chainId)}${q([
        ["segment", route.segmentId],
        ["province", route.province],
        ["country", route.country],
        ["minRevenue", route.minRevenue === null ? null : String(route.minRevenue)],
        ["listed", route.listed ? "1" : null],
      ])}`;
    case "lists":
      return `#/lists${enc(route.listId)}`;
    case "company":
      return `#/company${enc(route.companyId)}`;
    case "alliance":
      return `#/alliance${enc(route.allianceId)}${q([["member", route.memberId]])}`;
    case "users":
      return "#/users";
    case "pipeline":
      return `#/pipeline${enc(route.chainId)}${q([
        ["team", route.teamId],
        ["office", route.officeId],
        ["stage", route.stage],
        ["key", route.key ? "1" : null],
      ])}`;
    case "lead":
      return `#/lead${enc(route.leadId)}`;
    case "race":
      return `#/race${q([
        ["period", route.period],
        ["at", route.at],
      ])}`;
    case "agenda":
      return `#/agenda${q([["date", route.date]])}`;
    case "imports":
      return "#/imports";
    case "geo":
      return `#/geo${enc(route.chainId)}${q([
        ["segment", route.segmentId],
        ["gap", route.gapId],
        ["source", route.source],
      ])}`;
    case "peers":
      return `#/peers${enc(route.chainId)}${q([["peers", route.peers === null ? null : route.peers.join(",")]])}`;
    case "dossier":
      return `#/dossier${enc(route.chainId)}`;
  }
}
