import { describe, expect, it } from "vitest";
import { DatabaseBreaker } from "../../server/src/db/breaker.ts";
import { restartDelayMs } from "../../server/src/db/runtime.ts";
import { isDatabaseUnavailable } from "../../server/src/errors.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A breaker whose probe answers what `up.value` says, counting probes. */
function breakerWith(up: { value: boolean | "silent" }, probes = { n: 0 }) {
  return new DatabaseBreaker({
    probe: () => {
      probes.n += 1;
      return Promise.resolve(up.value);
    },
    suspectAfterMs: 40,
    probeEveryMs: 20,
  });
}

const never = () => new Promise<never>(() => undefined);
const unavailable = () => Promise.reject(Object.assign(new Error("refused"), { code: "ServiceUnavailable" }));

describe("database breaker", () => {
  it("lets calls through while the database answers, and a slow live call finishes", async () => {
    const probes = { n: 0 };
    const breaker = breakerWith({ value: true }, probes);
    expect(await breaker.run(() => Promise.resolve(7))).toBe(7);
    // Slower than suspectAfterMs: the probe runs, answers, and the call is left to finish.
    expect(await breaker.run(async () => (await sleep(80), "slow"))).toBe("slow");
    expect(probes.n).toBe(1);
    expect(breaker.state).toBe("closed");
  });

  it("stays closed when a probe gets no answer in time (a busy host), and the slow call finishes", async () => {
    const probes = { n: 0 };
    const breaker = breakerWith({ value: "silent" }, probes);
    expect(await breaker.run(async () => (await sleep(80), "slow but alive"))).toBe("slow but alive");
    expect(probes.n).toBe(1);
    expect(breaker.silentProbes).toBe(1);
    expect(breaker.state).toBe("closed");
    expect(await breaker.run(() => Promise.resolve("next"))).toBe("next");
  });

  it("opens on an unavailable error, then fails new calls at once with an unavailable error", async () => {
    const breaker = breakerWith({ value: false });
    await expect(breaker.run(unavailable)).rejects.toThrow("refused");
    expect(breaker.state).toBe("open");
    const started = Date.now();
    const error = await breaker.run(() => Promise.resolve(1)).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(20);
    expect(isDatabaseUnavailable(error)).toBe(true);
    breaker.dispose();
  });

  it("rejects calls in flight when a probe finds the database gone", async () => {
    const breaker = breakerWith({ value: false });
    const started = Date.now();
    const error = await breaker.run(never).catch((e: unknown) => e);
    const waited = Date.now() - started;
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(waited).toBeGreaterThanOrEqual(35);
    expect(waited).toBeLessThan(500);
    breaker.dispose();
  });

  it("rejects calls in flight at once when told the process exited", async () => {
    const breaker = breakerWith({ value: false });
    const pending = breaker.run(never).catch((e: unknown) => e);
    breaker.open("the local Neo4j exited (signal SIGKILL)");
    const error = (await pending) as Error;
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(error.message).toContain("SIGKILL");
    breaker.dispose();
  });

  it("closes by itself when the database answers again", async () => {
    const up = { value: false };
    const changes: boolean[] = [];
    const breaker = breakerWith(up);
    breaker.onChange = (open) => changes.push(open);
    breaker.open("test");
    await sleep(60);
    expect(breaker.state).toBe("open");
    up.value = true;
    await sleep(60);
    expect(breaker.state).toBe("closed");
    expect(await breaker.run(() => Promise.resolve("back"))).toBe("back");
    expect(changes).toEqual([true, false]);
    expect(breaker.opens).toBe(1);
  });
});

describe("restart back-off of the local Neo4j", () => {
  it("doubles from 1 s and stops at 30 s", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(restartDelayMs)).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });
});
