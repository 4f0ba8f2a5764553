/**
 * Gap progress (补链进度): which gaps have leads and at which stage. One call per place that shows
 * it (the chain map's panel, each row of the gap report); one query per chain and view mount (the
 * view's AbortSignal keys the memo), so a report of 100 gaps asks once.
 */
import { request } from "../api/client.ts";
import { GAP_PROGRESS, type LeadProgress } from "../api/operations.ts";
import { formatNumber, lang, t } from "../i18n/index.ts";
import { h } from "./dom.ts";
import { stageName } from "./pipeline-common.ts";

const memo = new WeakMap<AbortSignal, Map<string, Promise<Map<string, LeadProgress>>>>();

function progressOfChain(chainId: string, signal: AbortSignal): Promise<Map<string, LeadProgress>> {
  let byChain = memo.get(signal);
  if (!byChain) memo.set(signal, (byChain = new Map()));
  let p = byChain.get(chainId);
  if (!p) {
    p = request(GAP_PROGRESS, { chainId }, signal).then(
      (d) => new Map((d.chain?.segments ?? []).map((s) => [s.id, s.leadProgress])),
    );
    byChain.set(chainId, p);
  }
  return p;
}

/** A small element that fills itself with the segment's lead progress; empty for a role without access. */
export function gapProgressEl(chainId: string, segmentId: string, signal: AbortSignal): HTMLElement {
  const el = h("span", { class: "gap-progress muted small", "data-testid": "gap-progress" });
  progressOfChain(chainId, signal)
    .then((bySegment) => {
      const p = bySegment.get(segmentId);
      const l = lang();
      el.dataset.leads = String(p?.leads ?? 0);
      el.dataset.furthest = p?.furthestStage ?? "";
      el.textContent =
        !p || p.leads === 0
          ? `${t("plProgress")}: ${t("plProgressNone")}`
          : `${t("plProgress")}: ${t("plProgressSome", {
              n: formatNumber(l, p.leads),
              stage: p.furthestStage ? stageName(p.furthestStage) : "—",
            })}`;
      el.title = (p?.byStage ?? []).map((s) => `${stageName(s.stage)} ${s.count}`).join(" · ");
    })
    .catch(() => el.remove());
  return el;
}
