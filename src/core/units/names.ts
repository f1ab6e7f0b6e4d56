/** Unit names as systemd 252 reads them: types, templates, instances, prefixes, escaping. */

export const UNIT_TYPES = [
  "service",
  "socket",
  "target",
  "device",
  "mount",
  "automount",
  "swap",
  "timer",
  "path",
  "slice",
  "scope",
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

const UNIT_NAME_MAX = 255;
const VALID_CHARS = /^[0-9A-Za-z:\-_.\\]+$/;
const VALID_CHARS_WITH_AT = /^[0-9A-Za-z:\-_.\\@]+$/;

export interface UnitName {
  /** The full name, e.g. `foo@bar.service`. */
  readonly name: string;
  readonly type: UnitType;
  /** The part before `@` or before the type suffix. */
  readonly prefix: string;
  /** The instance (`bar`), "" for a template (`foo@.service`), null for a plain unit. */
  readonly instance: string | null;
}

export function unitTypeOf(name: string): UnitType | null {
  const dot = name.lastIndexOf(".");
  if (dot < 0) return null;
  const suffix = name.slice(dot + 1);
  return (UNIT_TYPES as readonly string[]).includes(suffix) ? (suffix as UnitType) : null;
}

/** unit_name_is_valid() for plain, template and instance names; null when not a unit name. */
export function parseUnitName(name: string): UnitName | null {
  if (name.length === 0 || name.length > UNIT_NAME_MAX) return null;
  const type = unitTypeOf(name);
  if (!type) return null;
  const stem = name.slice(0, name.lastIndexOf("."));
  if (stem.length === 0) return null;
  const at = stem.indexOf("@");
  if (at < 0) {
    return VALID_CHARS.test(stem) ? { name, type, prefix: stem, instance: null } : null;
  }
  if (at === 0) return null;
  const prefix = stem.slice(0, at);
  const instance = stem.slice(at + 1);
  if (!VALID_CHARS.test(prefix)) return null;
  if (instance !== "" && !VALID_CHARS_WITH_AT.test(instance)) return null;
  return { name, type, prefix, instance };
}

export function isTemplate(u: UnitName): boolean {
  return u.instance === "";
}

export function templateOf(u: UnitName): string | null {
  return u.instance === null ? null : `${u.prefix}@.${u.type}`;
}

export function withInstance(u: UnitName, instance: string): UnitName {
  return { ...u, name: `${u.prefix}@${instance}.${u.type}`, instance };
}

/** unit_name_unescape(): `\xNN` becomes the byte, `-` becomes `/`. */
export function unescapeUnitName(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "-") out += "/";
    else if (c === "\\" && s[i + 1] === "x" && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 2, i + 4))) {
      out += String.fromCharCode(parseInt(s.slice(i + 2, i + 4), 16));
      i += 3;
    } else out += c;
  }
  return out;
}

/** unit_name_path_unescape(): an unescaped name as an absolute path. */
export function unescapeUnitPath(s: string): string {
  if (s === "-") return "/";
  const u = unescapeUnitName(s);
  return u.startsWith("/") ? u : "/" + u;
}

/**
 * The drop-in directory names systemd searches for a unit, most specific first, as
 * unit_file_find_dirs() builds them: the name, its template, then each dash prefix
 * (`a-b-c.service` -> `a-b-.service`, `a-.service`) with its template, then the type (`service`).
 */
export function dropinDirNames(u: UnitName): string[] {
  const names: string[] = [];
  const visit = (name: string): void => {
    names.push(`${name}.d`);
    const parsed = parseUnitName(name);
    if (!parsed) return;
    if (parsed.instance !== null && parsed.instance !== "")
      visit(`${parsed.prefix}@.${parsed.type}`);
    let prefix = parsed.prefix;
    let chopped = false;
    for (;;) {
      const dash = prefix.lastIndexOf("-");
      if (dash <= 0) return;
      if (dash + 1 < prefix.length || chopped) {
        prefix = prefix.slice(0, dash + 1);
        break;
      }
      prefix = prefix.slice(0, dash);
      chopped = true;
    }
    if (!VALID_CHARS.test(prefix)) return;
    const built = parsed.instance
      ? `${prefix}@${parsed.instance}.${parsed.type}`
      : `${prefix}.${parsed.type}`;
    visit(built);
  };
  visit(u.name);
  names.push(`${u.type}.d`);
  return names;
}

/** valid_user_group_name() in strict mode, as user_from_unit_name() requires for DynamicUser=. */
export function isStrictUserName(s: string): boolean {
  return (
    s.length > 0 && s.length <= 31 && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(s) && !/^[0-9]+$/.test(s)
  );
}
