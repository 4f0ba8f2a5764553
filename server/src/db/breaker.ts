import { Neo4jError } from "neo4j-driver";

/**
 * A circuit breaker in front of the database, so that an outage costs a request milliseconds, not
 * the driver's whole retry budget (issue 15: DATABASE_UNAVAILABLE only after 6–8 s per request).
 *
 * - Closed (normal): calls run. A call still pending after `suspectAfterMs` makes the breaker ask
 *   the database directly (one probe at a time, not retried); a probe that fails to connect opens
 *   the breaker. A call failing with an "unavailable" error opens it too, and so does `open()` from
 *   whoever knows first (the supervisor of the local Neo4j sees its process exit).
 * - Open: new calls fail at once, and calls in flight are rejected at once (their transactions are
 *   left to the driver to give up on in the background). A probe runs every `probeEveryMs`; the
 *   first that answers closes the breaker: recovery needs no restart.
 *
 * A slow but live database does not open it: the probe is `RETURN 1`, which Neo4j answers on its
 * Bolt threads even when its query threads are busy, and only a probe that fails (connection refused
 * or reset: the process is gone) counts as down. A probe with no answer in `probeTimeoutMs` is
 * "silent" and does NOT open the breaker: on a starved machine (CI, a busy 2-core host) a live
 * Neo4j can take seconds to answer, and opening then aborted healthy work — an import's batch, a
 * long analysis — for nothing. A hung host is left to the driver's own timeouts (connection
 * acquisition, the transaction timeout of reads); `silentProbes` on /ready counts such probes.
 */
export interface BreakerOptions {
  /**
   * Asks the database whether it answers: true when it did, false (or a rejection) when it could not
   * be reached, "silent" when no answer came within the timeout.
   */
  probe: (timeoutMs: number) => Promise<boolean | "silent">;
  suspectAfterMs?: number;
  probeTimeoutMs?: number;
  probeEveryMs?: number;
  onChange?: (open: boolean, reason: string) => void;
}

export type BreakerState = "closed" | "open";

/** The error callers see while the breaker is open: the driver's own code, so errors.ts maps it. */
export function unavailableError(reason: string): Neo4jError {
  return new Neo4jError(`The database is unavailable (${reason})`, "ServiceUnavailable", "08000", "");
}

function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ServiceUnavailable" || code === "SessionExpired";
}

export class DatabaseBreaker {
  private openReason: string | null = null;
  private readonly inflight = new Set<(error: Error) => void>();
  private checking: Promise<void> | undefined;
  private probeTimer: NodeJS.Timeout | undefined;
  private readonly suspectAfterMs: number;
  private readonly probeTimeoutMs: number;
  private readonly probeEveryMs: number;
  /** When the breaker last opened and how often (reported on /ready). */
  openedAt: Date | null = null;
  opens = 0;
  /** Probes that got no answer in time while the breaker was closed (a busy or hung host). */
  silentProbes = 0;
  /** Told when the breaker opens or closes (the runtime logs it). */
  onChange: ((open: boolean, reason: string) => void) | undefined;

  constructor(private readonly options: BreakerOptions) {
    this.suspectAfterMs = options.suspectAfterMs ?? 600;
    this.probeTimeoutMs = options.probeTimeoutMs ?? 2_000;
    this.probeEveryMs = options.probeEveryMs ?? 500;
    this.onChange = options.onChange;
  }

  get state(): BreakerState {
    return this.openReason === null ? "closed" : "open";
  }

  /** Runs one database call under the breaker. */
  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.openReason !== null) return Promise.reject(unavailableError(this.openReason));
    return new Promise<T>((resolve, reject) => {
      this.inflight.add(reject);
      const suspect = setTimeout(() => void this.check(), this.suspectAfterMs);
      work().then(
        (value) => {
          clearTimeout(suspect);
          this.inflight.delete(reject);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(suspect);
          this.inflight.delete(reject);
          if (isUnavailable(error)) this.open("a query could not reach it");
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  /** Opens the breaker now (idempotent): pending calls fail, probing starts. */
  open(reason: string): void {
    if (this.openReason !== null) return;
    this.openReason = reason;
    this.openedAt = new Date();
    this.opens += 1;
    this.onChange?.(true, reason);
    const error = unavailableError(reason);
    for (const reject of this.inflight) reject(error);
    this.inflight.clear();
    this.scheduleProbe();
  }

  /** Stops probing (the process is shutting down). */
  dispose(): void {
    clearTimeout(this.probeTimer);
    this.probeTimer = undefined;
  }

  private async answers(): Promise<boolean | "silent"> {
    try {
      return await this.options.probe(this.probeTimeoutMs);
    } catch {
      return false;
    }
  }

  /** One probe at a time however many calls are slow. */
  private check(): Promise<void> {
    this.checking ??= (async () => {
      const answer = await this.answers();
      if (answer === "silent") this.silentProbes += 1;
      else if (!answer) this.open("it could not be reached by a probe");
    })().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  private scheduleProbe(): void {
    clearTimeout(this.probeTimer);
    this.probeTimer = setTimeout(() => {
      void (async () => {
        if ((await this.answers()) === true) {
          const reason = this.openReason ?? "";
          this.openReason = null;
          this.onChange?.(false, reason);
        } else if (this.openReason !== null) {
          this.scheduleProbe();
        }
      })();
    }, this.probeEveryMs);
    this.probeTimer.unref();
  }
}
