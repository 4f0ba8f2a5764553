import { reason, type Reason } from "./reasons.ts";

/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a 31-character
 * alphabet (digits and capitals without I, O, S, V, Z); the 18th is a check character computed from
 * the first 17 with the weights 3^(i−1) mod 31: C18 = 31 − (Σ Ci·Wi mod 31), where 31 becomes 0.
 */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The check character the first 17 characters call for (they must be in the alphabet). */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Null when `code` (already trimmed and upper-cased) is a valid code, else the reason. */
export function creditCodeReason(code: string): Reason | null {
  if (code.length !== 18) return reason("credit_code_length", { length: code.length });
  for (const ch of code) {
    if (!ALPHABET.includes(ch)) return reason("credit_code_char", { char: ch });
  }
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (code[17] !== expected) return reason("credit_code_check", { given: code[17]!, expected });
  return null;
}

/** Null when `code` is a valid code, else the reason in English. */
export function creditCodeProblem(code: string): string | null {
  return creditCodeReason(code)?.text ?? null;
}
