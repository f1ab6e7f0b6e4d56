/**
 * IP address prefixes as IPAddressAllow=/IPAddressDeny= read them: inet_pton() for IPv4 and
 * IPv6, a prefix length, and the shortcut words (`any`, `localhost`, `link-local`, `multicast`).
 */
import { parseIntAuto } from "./values.js";

export interface IpPrefix {
  readonly family: 4 | 6;
  /** The address as numbers: 4 bytes or 16 bytes. */
  readonly bytes: readonly number[];
  readonly prefixLength: number;
}

/** inet_pton() for IPv4: four decimal parts 0..255, no leading zeros. */
function parseIPv4(s: string): number[] | null {
  const parts = s.split(".");
  if (parts.length !== 4) return null;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^[0-9]{1,3}$/.test(p) || (p.length > 1 && p.startsWith("0"))) return null;
    const n = Number(p);
    if (n > 255) return null;
    out.push(n);
  }
  return out;
}

/** inet_pton() for IPv6, including `::` and a trailing dotted IPv4 part. */
function parseIPv6(s: string): number[] | null {
  if (!/^[0-9A-Fa-f:.]+$/.test(s)) return null;
  const dbl = s.indexOf("::");
  if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) return null;
  const parseGroups = (part: string): number[] | null => {
    if (part === "") return [];
    const groups = part.split(":");
    const out: number[] = [];
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      if (i === groups.length - 1 && g.includes(".")) {
        const v4 = parseIPv4(g);
        if (!v4) return null;
        out.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
      } else {
        if (!/^[0-9A-Fa-f]{1,4}$/.test(g)) return null;
        out.push(parseInt(g, 16));
      }
    }
    return out;
  };
  let groups: number[];
  if (dbl >= 0) {
    const head = parseGroups(s.slice(0, dbl));
    const tail = parseGroups(s.slice(dbl + 2));
    if (!head || !tail || head.length + tail.length > 7) return null;
    groups = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  } else {
    const all = parseGroups(s);
    if (!all || all.length !== 8) return null;
    groups = all;
  }
  return groups.flatMap((g) => [g >> 8, g & 0xff]);
}

export function parsePrefix(word: string): IpPrefix | null {
  const slash = word.indexOf("/");
  const addr = slash < 0 ? word : word.slice(0, slash);
  const v4 = parseIPv4(addr);
  const bytes = v4 ?? parseIPv6(addr);
  if (!bytes) return null;
  const family = v4 ? 4 : 6;
  const max = family === 4 ? 32 : 128;
  let prefixLength = max;
  if (slash >= 0) {
    const len = parseIntAuto(word.slice(slash + 1));
    if (len === null || len < 0 || len > max || /^[ \t\n\r+-]/.test(word.slice(slash + 1)))
      return null;
    prefixLength = len;
  }
  // The address is stored masked to its prefix.
  const masked = bytes.map((b, i) => {
    const bits = Math.max(0, Math.min(8, prefixLength - i * 8));
    return b & ((0xff << (8 - bits)) & 0xff);
  });
  return { family, bytes: masked, prefixLength };
}

export const SHORTCUTS: Readonly<Record<string, readonly string[]>> = {
  any: ["0.0.0.0/0", "::/0"],
  "link-local": ["169.254.0.0/16", "fe80::/64"],
  multicast: ["224.0.0.0/4", "ff00::/8"],
};

export function isLocalhostName(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, "");
  return (
    w === "localhost" ||
    w === "localhost.localdomain" ||
    w.endsWith(".localhost") ||
    w.endsWith(".localhost.localdomain")
  );
}
