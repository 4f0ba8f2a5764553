import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id (the @node-rs/argon2 defaults: m = 19 MiB, t = 2, p = 1, OWASP's first recommended
 * setting) through a maintained native binding; the hash string carries its own parameters and salt.
 */
export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > 200) return "must be at most 200 characters";
  return null;
}

/** A verify against a fixed hash, so that an unknown user costs as much time as a wrong password. */
let decoy: Promise<string> | undefined;
export async function spendVerifyTime(password: string): Promise<void> {
  decoy ??= hash("decoy password that never matches");
  await verifyPassword(await decoy, password);
}
