/**
 * systemd's readers for numbers, names and paths that several settings share: safe_atoi() with
 * an automatic base, capability and address-family names, path_simplify().
 */
import { ADDRESS_FAMILIES, CAPABILITIES } from "../data/systemd252.js";

const CAPABILITY_NUMBER = new Map(CAPABILITIES.map((name, i) => [name, i]));
const ADDRESS_FAMILY_NUMBER = new Map(
  Object.entries(ADDRESS_FAMILIES).map(([k, v]) => [k.toUpperCase(), v]),
);

/** safe_atoi() with an automatic base: leading blanks, a sign, 0x/0o/0b or a leading 0 for octal. */
export function parseIntAuto(word: string): number | null {
  const m =
    /^[ \t\n\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(word);
  if (!m) return null;
  const digits = m[2]!;
  let n: number;
  if (/^0[xX]/.test(digits)) n = parseInt(digits.slice(2), 16);
  else if (/^0[oO]/.test(digits)) n = parseInt(digits.slice(2), 8);
  else if (/^0[bB]/.test(digits)) n = parseInt(digits.slice(2), 2);
  else if (digits.startsWith("0")) n = parseInt(digits, 8);
  else n = parseInt(digits, 10);
  return m[1] === "-" ? -n : n;
}

/** capability_from_name(): a number 0..63, or a CAP_ name in any case. */
export function capabilityNumber(word: string): number | null {
  const n = parseIntAuto(word);
  if (n !== null) return n >= 0 && n < 64 ? n : null;
  return CAPABILITY_NUMBER.get(word.toLowerCase()) ?? null;
}

export function addressFamilyNumber(word: string): number | null {
  return ADDRESS_FAMILY_NUMBER.get(word.toUpperCase()) ?? null;
}

/** path_simplify(): collapse slashes, drop "." components and a trailing slash. */
export function simplifyPath(p: string): string {
  const abs = p.startsWith("/");
  const parts = p.split("/").filter((c) => c !== "" && c !== ".");
  const joined = parts.join("/");
  return abs ? "/" + joined : joined || ".";
}
