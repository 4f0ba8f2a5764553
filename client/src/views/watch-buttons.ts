/**
 * 关注 buttons: a toggle that sets or removes a watch on a gap, a lead or a peer in a segment. The
 * user's watches are read once per page load (and after every change) and shared by every button.
 */
import { request } from "../api/client.ts";
import {
  MY_WATCHES,
  UNWATCH,
  WATCH_GAP,
  WATCH_LEAD,
  WATCH_PEER_SEGMENT,
  type MyWatchesData,
} from "../api/operations.ts";
import { t } from "../i18n/index.ts";
import { h } from "./dom.ts";

type Watch = MyWatchesData["myWatches"][number];
let watches: Promise<Watch[]> | undefined;

function load(): Promise<Watch[]> {
  watches ??= request(MY_WATCHES, {}).then(
    (d) => d.myWatches,
    () => [],
  );
  return watches;
}

function toggleButton(
  find: (w: Watch) => boolean,
  watch: () => Promise<unknown>,
  title: string,
): HTMLButtonElement {
  const button = h(
    "button",
    { type: "button", class: "btn small watch", "data-action": "watch", title },
    t("watch"),
  );
  let current: Watch | undefined;
  const show = () => {
    button.textContent = current ? t("watching") : t("watch");
    button.setAttribute("aria-pressed", String(current !== undefined));
    button.title = current ? t("unwatch") : title;
  };
  show();
  void load().then((list) => {
    current = list.find(find);
    show();
  });
  button.addEventListener("click", () => {
    button.disabled = true;
    const change = current ? request(UNWATCH, { watchId: current.id }) : watch();
    change
      .then(async () => {
        watches = undefined;
        current = (await load()).find(find);
        show();
      })
      .catch(() => show())
      .finally(() => (button.disabled = false));
  });
  return button;
}

/** Watch a gap (new target candidates). */
export function gapWatchButton(chainId: string, segmentId: string): HTMLButtonElement {
  return toggleButton(
    (w) => w.kind === "GAP" && w.chain?.id === chainId && w.segment?.id === segmentId,
    () => request(WATCH_GAP, { chainId, segmentId }),
    t("watch"),
  );
}

/** Watch a lead (stalled, milestones overdue). */
export function leadWatchButton(leadId: string): HTMLButtonElement {
  return toggleButton(
    (w) => w.kind === "LEAD" && w.leadId === leadId,
    () => request(WATCH_LEAD, { leadId }),
    t("watch"),
  );
}

/** Watch a peer in a segment (overtaking the zone). */
export function peerWatchButton(
  chainId: string,
  segmentId: string,
  peerCode: string,
  peerName: string,
): HTMLButtonElement {
  return toggleButton(
    (w) =>
      w.kind === "PEER" &&
      w.chain?.id === chainId &&
      w.segment?.id === segmentId &&
      w.peer?.code === peerCode,
    () => request(WATCH_PEER_SEGMENT, { chainId, segmentId, peerCode }),
    t("watchPeerTitle", { peer: peerName }),
  );
}
