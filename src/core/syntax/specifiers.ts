/**
 * Specifier expansion (`%i`, `%n`, `%h`, …) as systemd 252's unit_full_printf() does it for a
 * unit of the system manager, offline. Values that depend on the host running the unit
 * (`%H`, `%m`, `%b`, …) cannot be known here: they expand to a stable placeholder and the
 * result says so.
 */
import { unescapeUnitName, unescapeUnitPath, type UnitName } from "../units/names.js";

export interface SpecifierContext {
  readonly unit: UnitName;
  /** Path of the fragment file as systemd would see it (for %y and %Y). */
  readonly fragmentPath?: string;
}

export type Expansion =
  | { readonly ok: true; readonly value: string; readonly hostDependent: boolean }
  | { readonly ok: false; readonly specifier: string };

const HOST_DEPENDENT = new Set(["A", "b", "B", "H", "l", "m", "M", "o", "q", "v", "w", "W"]);

function lastDashComponent(prefix: string): string {
  const dash = prefix.lastIndexOf("-");
  return dash < 0 ? prefix : prefix.slice(dash + 1);
}

function fixedValue(letter: string, ctx: SpecifierContext): string | undefined {
  const u = ctx.unit;
  const stem = u.name.slice(0, u.name.lastIndexOf("."));
  switch (letter) {
    case "n":
      return u.name;
    case "N":
      return stem;
    case "p":
      return u.prefix;
    case "P":
      return unescapeUnitName(u.prefix);
    case "i":
      return u.instance ?? "";
    case "I":
      return unescapeUnitName(u.instance ?? "");
    case "j":
      return lastDashComponent(u.prefix);
    case "J":
      return unescapeUnitName(lastDashComponent(u.prefix));
    case "f":
      return unescapeUnitPath(u.instance ? u.instance : u.prefix);
    case "y":
      return ctx.fragmentPath ?? "";
    case "Y":
      return ctx.fragmentPath
        ? ctx.fragmentPath.slice(0, ctx.fragmentPath.lastIndexOf("/")) || "/"
        : "";
    case "a":
      return "x86-64";
    case "C":
      return "/var/cache";
    case "d":
      return `/run/credentials/${u.name}`;
    case "E":
      return "/etc";
    case "L":
      return "/var/log";
    case "S":
      return "/var/lib";
    case "t":
      return "/run";
    case "T":
      return "/tmp";
    case "V":
      return "/var/tmp";
    case "h":
      return "/root";
    case "s":
      return "/bin/sh"; // root's shell from passwd: host dependent, but never a security value
    case "u":
      return "root";
    case "U":
      return "0";
    case "g":
      return "root";
    case "G":
      return "0";
    // Deprecated in 252 (systemd logs a notice), but still expanded.
    case "c":
      return `/${u.name}`;
    case "r":
      return "";
    case "R":
      return "";
    default:
      return undefined;
  }
}

export function expandSpecifiers(s: string, ctx: SpecifierContext): Expansion {
  if (!s.includes("%")) return { ok: true, value: s, hostDependent: false };
  let out = "";
  let hostDependent = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== "%") {
      out += c;
      continue;
    }
    const letter = s[i + 1];
    i++;
    if (letter === undefined) {
      // A trailing '%' is kept as it is.
      out += "%";
      break;
    }
    if (letter === "%") {
      out += "%";
      continue;
    }
    const fixed = fixedValue(letter, ctx);
    if (fixed !== undefined) {
      out += fixed;
      continue;
    }
    if (HOST_DEPENDENT.has(letter)) {
      hostDependent = true;
      out += `%${letter}`;
      continue;
    }
    // Only letters and digits are specifiers; `%` before anything else stays as it is.
    if (!/[A-Za-z0-9]/.test(letter)) {
      out += `%${letter}`;
      continue;
    }
    return { ok: false, specifier: `%${letter}` };
  }
  return { ok: true, value: out, hostDependent };
}
