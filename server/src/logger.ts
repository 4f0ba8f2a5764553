import { pino, type Logger } from "pino";

export type { Logger };

/** Structured JSON logs; pretty-printed when a person is watching the terminal. */
export function createLogger(level: string, name = "chain-atlas"): Logger {
  const pretty = process.stdout.isTTY && process.env.NODE_ENV !== "production";
  return pino({
    name,
    level,
    ...(pretty ? { transport: { target: "pino-pretty", options: { colorize: true } } } : {}),
  });
}
