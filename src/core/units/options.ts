/**
 * The option parsers: for every key the exposure checks read, what systemd 252's load-fragment.c
 * does with its value (repeated keys, empty assignments that reset, `~` inversion and merging,
 * words it skips and lines it ignores), logging what systemd logs.
 */
import { expandSpecifiers } from "../syntax/specifiers.js";
import { extractWord, parseBoolean, splitWords } from "../syntax/words.js";
import { grammarAccepts, grammarRejection, invalidHostnameIn } from "../release.js";
import { parseCommand } from "./command.js";
import { parsePrefix, isLocalhostName, SHORTCUTS, type IpPrefix } from "./ip.js";
import {
  expand,
  invertedList,
  parseErrorText,
  resetOnEmpty,
  wordRange,
  wordsOf,
  type OptionContext,
  type OptionParser,
} from "./options-context.js";
import {
  CAP_ALL,
  CAP_BIT,
  NAMESPACE_TYPES,
  type BoolField,
  type CapabilitySet,
  type ModeField,
  type NamespaceType,
  type Tracked,
  type UnitSettings,
} from "./settings.js";
import { addSyscall, ARCHITECTURES, parseErrno, SyscallEntries } from "./syscalls.js";
import { isRelaxedUserName } from "./users.js";
import { addressFamilyNumber, capabilityNumber, simplifyPath } from "./values.js";

const CGROUP_CONTROLLERS = new Set([
  "cpu",
  "cpuacct",
  "cpuset",
  "io",
  "blkio",
  "memory",
  "devices",
  "pids",
  "bpf-firewall",
  "bpf-devices",
  "bpf-foreign",
  "bpf-socket-bind",
  "bpf-restrict-network-interfaces",
]);

const boolOption =
  (field: BoolField | "removeIpc" | "dynamicUser" | "defaultDependencies"): OptionParser =>
  (ctx) => {
    const b = parseBoolean(ctx.value);
    if (b === null) {
      // DynamicUser= is the one boolean systemd treats as fatal.
      const fatal = field === "dynamicUser";
      ctx.warn(
        "invalid-boolean",
        fatal
          ? `Failed to parse boolean value: ${ctx.value}`
          : parseErrorText(ctx, `Failed to parse boolean value, ignoring: ${ctx.value}`),
        ctx.value,
        undefined,
        fatal,
      );
      return;
    }
    const target =
      field === "dynamicUser"
        ? ctx.settings.dynamicUser
        : field === "defaultDependencies"
          ? ctx.settings.defaultDependencies
          : ctx.settings.bools[field];
    target.value = b;
    target.src = ctx.at;
  };

/**
 * A boolean-like sandboxing key, read as the release reads it (VALUE_GRAMMARS): a plain boolean
 * in 252, a tristate (PrivateMounts= from 254) or booleans plus words (PrivateTmp=disconnected,
 * PrivateUsers=identity, ProtectControlGroups=strict, ProtectHostname=private:NAME, ...).
 */
const modeOption =
  (field: ModeField, key: string): OptionParser =>
  (ctx) => {
    const g = ctx.release.grammar(key);
    if (!g) return boolOption(field)(ctx);
    const b = parseBoolean(ctx.value);
    const t = ctx.settings.bools[field];
    if (!grammarAccepts(g, ctx.value, b !== null)) {
      ctx.warn(
        g.grammar === "tristate-bool" ? "invalid-boolean" : "invalid-enum",
        grammarRejection(g, key, ctx.value),
        ctx.value,
      );
      return;
    }
    const badHostname = invalidHostnameIn(g, ctx.value);
    if (badHostname !== null) {
      ctx.warn(
        "invalid-value",
        `Invalid hostname is specified to ${key}=, ignoring: ${badHostname}`,
        ctx.value,
      );
      return;
    }
    const mode = ctx.value === "" ? null : b !== null ? (b ? "yes" : "no") : ctx.value;
    ctx.settings.modes[field] = mode;
    t.value = mode !== null && mode !== "no";
    t.src = ctx.at;
  };

/** DEFINE_CONFIG_PARSE_ENUM, optionally WITH_BOOLEAN (yes/no spellings map to two values). */
const enumOption =
  (
    pick: (s: UnitSettings) => Tracked<string | null> | Tracked<string>,
    values: readonly string[],
    message: string,
    booleans?: { readonly yes: string; readonly no: string },
  ): OptionParser =>
  (ctx) => {
    let v: string | undefined;
    if (booleans) {
      const b = parseBoolean(ctx.value);
      if (b !== null) v = b ? booleans.yes : booleans.no;
    }
    if (v === undefined && values.includes(ctx.value)) v = ctx.value;
    if (v === undefined) {
      ctx.warn(
        "invalid-enum",
        parseErrorText(ctx, `${message}, ignoring: ${ctx.value}`),
        ctx.value,
      );
      return;
    }
    const t = pick(ctx.settings);
    t.value = v;
    t.src = ctx.at;
  };

function setCapabilities(ctx: OptionContext, set: CapabilitySet, initial: bigint): void {
  const { invert, value, offset } = invertedList(ctx.value);
  // A quoting error silently ends the list; the words before it still count.
  const { words } = splitWords(value, { unquote: true });
  let sum = 0n;
  for (const w of words) {
    const n = capabilityNumber(w.text);
    if (n === null) {
      // systemd drops unknown capability names without a word (only a debug message).
      ctx.warn("unknown-capability", "", w.text, wordRange(w, offset));
      continue;
    }
    sum |= CAP_BIT[n]!;
  }
  const touched = sum === 0n || set.mask === initial ? CAP_ALL : sum;
  if (sum === 0n || set.mask === initial) set.mask = invert ? ~sum & CAP_ALL : sum;
  else if (invert) set.mask &= ~sum & CAP_ALL;
  else set.mask |= sum;
  for (let bit = 0; bit < 64; bit++) if (touched & CAP_BIT[bit]!) set.srcByBit[bit] = ctx.at;
}

function parseRestrictNamespaces(ctx: OptionContext): void {
  const ns = ctx.settings.restrictNamespaces;
  const markAll = () => NAMESPACE_TYPES.forEach((t) => ns.srcByType.set(t, ctx.at));
  if (ctx.value === "") {
    ns.allowed = null;
    markAll();
    return;
  }
  const b = parseBoolean(ctx.value);
  if (b !== null) {
    ns.allowed = b ? new Set() : new Set(NAMESPACE_TYPES);
    markAll();
    return;
  }
  const { invert, value } = invertedList(ctx.value);
  const { words, errorAt } = splitWords(value, {});
  const known = [...NAMESPACE_TYPES, "time"];
  const bad = errorAt !== null ? value : words.find((w) => !known.includes(w.text))?.text;
  if (bad !== undefined) {
    ctx.warn("invalid-namespace", `Failed to parse namespace type string, ignoring: ${value}`, bad);
    return;
  }
  // "time" is a namespace type, but none of the checks looks at it.
  const flags = words.map((w) => w.text).filter((t): t is NamespaceType => t !== "time");
  if (ns.allowed === null) {
    ns.allowed = new Set(invert ? NAMESPACE_TYPES.filter((t) => !flags.includes(t)) : flags);
    markAll();
  } else {
    for (const f of flags) {
      if (invert) ns.allowed.delete(f);
      else ns.allowed.add(f);
      ns.srcByType.set(f, ctx.at);
    }
  }
}

function parseAddressFamilies(ctx: OptionContext): void {
  const raf = ctx.settings.restrictAddressFamilies;
  raf.src = ctx.at;
  if (ctx.value === "") {
    raf.families = null;
    raf.allowList = false;
    return;
  }
  if (ctx.value === "none") {
    raf.families = null;
    raf.allowList = true;
    return;
  }
  const { invert, value, offset } = invertedList(ctx.value);
  if (raf.families === null) {
    raf.families = new Set();
    raf.allowList = !invert;
  }
  const words = wordsOf(ctx, value, offset, true);
  for (const w of words) {
    const af = addressFamilyNumber(w.text);
    if (af === null) {
      if (ctx.release.addressFamilyError === "stop-line") {
        ctx.warn(
          "unknown-address-family",
          `Failed to parse address family, ignoring: ${ctx.value}`,
          w.text,
          wordRange(w, offset),
        );
        return;
      }
      ctx.warn(
        "unknown-address-family",
        `Failed to parse address family, ignoring: ${w.text}`,
        w.text,
        wordRange(w, offset),
      );
      continue;
    }
    if (!invert === raf.allowList) raf.families.add(af);
    else raf.families.delete(af);
  }
}

function parseSystemCallFilter(ctx: OptionContext): void {
  const f = ctx.settings.systemCallFilter;
  f.src = ctx.at;
  if (ctx.value === "") {
    f.entries = null;
    f.allowList = false;
    return;
  }
  const { invert, value, offset } = invertedList(ctx.value);
  if (f.entries === null) {
    f.entries = new SyscallEntries();
    f.allowList = !invert;
    if (f.allowList) addSyscall(ctx.release, f.entries, "@default", -1, false, true);
  }
  const words = wordsOf(ctx, value, offset, false);
  for (const w of words) {
    const colon = w.text.indexOf(":");
    let name = w.text;
    let errno = -1;
    if (colon >= 0) {
      const e = parseErrno(w.text.slice(colon + 1));
      name = w.text.slice(0, colon);
      if (e === null || name === "") {
        ctx.warn(
          "invalid-syscall-errno",
          `Failed to parse syscall:errno, ignoring: ${w.text}`,
          w.text,
          wordRange(w, offset),
        );
        continue;
      }
      errno = e;
    } else if (name === "") continue;
    if (!invert && errno >= 0) {
      ctx.warn(
        "allow-list-errno",
        `Allow-listed system calls cannot take error number, ignoring: ${w.text}`,
        w.text,
        wordRange(w, offset),
      );
      continue;
    }
    if (!addSyscall(ctx.release, f.entries, name, errno, invert, f.allowList)) {
      if (name.startsWith("@"))
        ctx.warn(
          "unknown-syscall-group",
          `Unknown system call group, ignoring: ${name}`,
          name,
          wordRange(w, offset),
        );
      else
        ctx.warn(
          "unknown-syscall",
          ctx.release.parseErrors === "classic"
            ? `Failed to parse system call, ignoring: ${name}`
            : `System call ${name} is not known, ignoring.`,
          name,
          wordRange(w, offset),
        );
    }
  }
}

function parseSyscallArchitectures(ctx: OptionContext): void {
  const t = ctx.settings.systemCallArchitectures;
  t.src = ctx.at;
  if (resetOnEmpty(ctx, t, new Set<string>())) return;
  const words = wordsOf(ctx, ctx.value, 0, true);
  for (const w of words) {
    if (!ARCHITECTURES.has(w.text)) {
      ctx.warn(
        "unknown-architecture",
        `Failed to parse system call architecture "${w.text}", ignoring: Invalid argument`,
        w.text,
        wordRange(w, 0),
      );
      continue;
    }
    t.value.add(w.text);
  }
}

const ipPrefixes =
  (pick: (s: UnitSettings) => Tracked<IpPrefix[]>): OptionParser =>
  (ctx) => {
    const t = pick(ctx.settings);
    t.src = ctx.at;
    if (resetOnEmpty(ctx, t, [])) return;
    const words = wordsOf(ctx, ctx.value, 0, false);
    for (const w of words) {
      const shortcut =
        (Object.hasOwn(SHORTCUTS, w.text) ? SHORTCUTS[w.text] : undefined) ??
        (isLocalhostName(w.text) ? ["127.0.0.0/8", "::1/128"] : null);
      const prefixes = (shortcut ?? [w.text]).map(parsePrefix);
      if (prefixes.some((p) => p === null)) {
        const text =
          ctx.release.parseErrors === "classic"
            ? `Address prefix is invalid, ignoring assignment: ${w.text}`
            : `Invalid address prefix is specified in [${ctx.at.assignment.section}] ${ctx.at.assignment.key}=, ignoring assignment: ${w.text}`;
        ctx.warn("invalid-address-prefix", text, w.text, wordRange(w, 0));
        continue;
      }
      t.value.push(...(prefixes as IpPrefix[]));
    }
  };

function checkedPath(ctx: OptionContext, raw: string, key: string, fatal: boolean): string | null {
  const p = expand(ctx, raw, { fatal, quote: "'" });
  if (p === null) return null;
  const suffix = fatal ? "" : ", ignoring";
  if (!p.startsWith("/")) {
    ctx.warn("invalid-path", `${key}= path is not absolute${suffix}: ${p}`, p, undefined, fatal);
    return null;
  }
  const simple = simplifyPath(p);
  if (simple.split("/").includes("..")) {
    ctx.warn(
      "invalid-path",
      `${key}= path is not normalized${suffix}: ${simple}`,
      simple,
      undefined,
      fatal,
    );
    return null;
  }
  return simple;
}

const pathOption =
  (pick: (s: UnitSettings) => Tracked<string | null>, key: string): OptionParser =>
  (ctx) => {
    const t = pick(ctx.settings);
    if (resetOnEmpty(ctx, t, null)) return;
    const p = checkedPath(ctx, ctx.value, key, true);
    if (p === null) return;
    t.value = p;
    t.src = ctx.at;
  };

const pathListOption =
  (pick: (s: UnitSettings) => Tracked<string[]>, key: string): OptionParser =>
  (ctx) => {
    const t = pick(ctx.settings);
    t.src = ctx.at;
    if (resetOnEmpty(ctx, t, [])) return;
    const p = checkedPath(ctx, ctx.value, key, false);
    if (p !== null) t.value.push(p);
  };

function parseDeviceAllow(ctx: OptionContext): void {
  const d = ctx.settings.deviceAllow;
  if (ctx.value === "") {
    d.entries = [];
    d.src = ctx.at;
    return;
  }
  const r = extractWord(ctx.value, 0, { unquote: true });
  if (r.kind !== "word") {
    ctx.warn(
      "invalid-syntax",
      `Failed to extract device path and rights from '${ctx.value}', ignoring.`,
      ctx.value,
    );
    return;
  }
  const first = r.word;
  const range = wordRange(first, 0);
  const expanded = expand(ctx, first.text, { range, quote: "'" });
  if (expanded === null) return;
  let path = expanded;
  if (!path.startsWith("block-") && !path.startsWith("char-")) {
    const simple = simplifyPath(path);
    if (simple.split("/").includes("..")) {
      ctx.warn(
        "invalid-device-path",
        `DeviceAllow= path is not normalized, ignoring: ${simple}`,
        simple,
        range,
      );
      return;
    }
    path = simple;
    if (!(
      path === "/dev" ||
      path.startsWith("/dev/") ||
      path.startsWith("/run/systemd/inaccessible/")
    )) {
      ctx.warn("invalid-device-path", `Invalid device node path '${path}', ignoring.`, path, range);
      return;
    }
  }
  const rest = ctx.value.slice(r.next);
  if (rest !== "" && !/^[rwm]+$/.test(rest)) {
    ctx.warn("invalid-device-rights", `Invalid device rights '${rest}', ignoring.`, rest, {
      start: r.next,
      end: ctx.value.length,
    });
    return;
  }
  const mode = rest === "" ? "rwm" : ["r", "w", "m"].filter((c) => rest.includes(c)).join("");
  d.entries.push({ path, mode, src: ctx.at });
  d.src = ctx.at;
}

function parseDelegate(ctx: OptionContext): void {
  const t = ctx.settings.delegate;
  if (resetOnEmpty(ctx, t, true)) return;
  const b = parseBoolean(ctx.value);
  if (b !== null) {
    t.value = b;
    t.src = ctx.at;
    return;
  }
  const words = wordsOf(ctx, ctx.value, 0, true);
  if (!words.complete) return;
  for (const w of words) {
    if (!CGROUP_CONTROLLERS.has(w.text))
      ctx.warn(
        "invalid-controller",
        `Invalid controller name '${w.text}', ignoring`,
        w.text,
        wordRange(w, 0),
      );
  }
  t.value = true;
  t.src = ctx.at;
}

function parseUser(ctx: OptionContext): void {
  const t = ctx.settings.user;
  if (resetOnEmpty(ctx, t, null)) return;
  const k = expand(ctx, ctx.value, { fatal: true });
  if (k === null) return;
  if (!isRelaxedUserName(k)) {
    ctx.warn("invalid-user", `Invalid user/group name or numeric ID: ${k}`, k, undefined, true);
    return;
  }
  if (k === "nobody")
    ctx.warn("nobody-user", "Special user nobody configured, this is not safe!", k);
  t.value = k;
  t.src = ctx.at;
}

function parseSupplementaryGroups(ctx: OptionContext): void {
  const t = ctx.settings.supplementaryGroups;
  if (resetOnEmpty(ctx, t, [])) return;
  const words = wordsOf(ctx, ctx.value, 0, false);
  for (const w of words) {
    const range = wordRange(w, 0);
    const k = expand(ctx, w.text, { range, fatal: true });
    if (k === null) return;
    if (!isRelaxedUserName(k)) {
      ctx.warn("invalid-user", `Invalid user/group name or numeric ID: ${k}`, k, range, true);
      return;
    }
    t.value.push(k);
    t.src = ctx.at;
  }
}

/** filename_is_valid() && fdname_is_valid(): what a credential name must be. */
function isCredentialName(s: string): boolean {
  return (
    s !== "" &&
    s !== "." &&
    s !== ".." &&
    s.length <= 255 &&
    !s.includes("/") &&
    !s.includes(":") &&
    /^[\x20-\x7e]+$/.test(s)
  );
}

/** LoadCredential[Encrypted]= and SetCredential[Encrypted]=: which credential ids are encrypted. */
const credentialOption =
  (kind: "load" | "set", encrypted: boolean): OptionParser =>
  (ctx) => {
    const creds = ctx.settings.credentials[kind];
    if (ctx.value === "") {
      creds.clear();
      return;
    }
    const colon = ctx.value.indexOf(":");
    const word = colon < 0 ? ctx.value : ctx.value.slice(0, colon);
    const rest = colon < 0 ? "" : ctx.value.slice(colon + 1);
    if (word === "" || (kind === "set" && rest === "")) {
      ctx.warn("invalid-syntax", `Invalid syntax, ignoring: ${ctx.value}`, ctx.value);
      return;
    }
    const id = expand(ctx, word, { quote: '"' });
    if (id === null) return;
    if (!isCredentialName(id)) {
      ctx.warn("invalid-syntax", `Credential name "${id}" not valid, ignoring.`, id);
      return;
    }
    if (kind === "set" && encrypted && !/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(rest)) {
      ctx.warn(
        "invalid-syntax",
        "Encrypted credential data not valid Base64 data, ignoring.",
        rest,
      );
      return;
    }
    if (kind === "load" && rest !== "") {
      const src = expand(ctx, rest, { quote: '"' });
      if (src === null) return;
      if (
        src.startsWith("/") ? simplifyPath(src).split("/").includes("..") : !isCredentialName(src)
      ) {
        ctx.warn("invalid-syntax", `Credential source "${src}" not valid, ignoring.`, src);
        return;
      }
    }
    creds.set(id, encrypted);
    ctx.settings.encryptedCredentials.src = ctx.at;
  };

/** MountImages=: only whether an image is configured matters to the checks. */
function parseMountImages(ctx: OptionContext): void {
  const t = ctx.settings.mountImages;
  if (resetOnEmpty(ctx, t, false)) return;
  const { words, errorAt } = splitWords(ctx.value, { unquote: true, retainEscape: true });
  if (errorAt !== null) {
    ctx.warn(
      "invalid-syntax",
      `Invalid syntax MountImages=${ctx.value}, ignoring: Invalid argument`,
      ctx.value,
    );
    return;
  }
  for (const w of words) {
    const [first = "", second = ""] = w.text.split(":");
    const source = first.startsWith("-") ? first.slice(1) : first;
    const range = wordRange(w, 0);
    const s = expand(ctx, source, { range, quote: '"' });
    if (s === null) continue;
    if (!s.startsWith("/") || simplifyPath(s).split("/").includes("..")) {
      ctx.warn(
        "invalid-path",
        `MountImages= path is not ${s.startsWith("/") ? "normalized" : "absolute"}, ignoring: ${s}`,
        s,
        range,
      );
      continue;
    }
    if (second === "") {
      ctx.warn(
        "invalid-syntax",
        `Missing destination in MountImages, ignoring: ${ctx.value}`,
        w.text,
        range,
      );
      continue;
    }
    const d = expand(ctx, second, { range, quote: '"' });
    if (d === null) continue;
    if (!d.startsWith("/") || simplifyPath(d).split("/").includes("..")) {
      ctx.warn(
        "invalid-path",
        `MountImages= path is not ${d.startsWith("/") ? "normalized" : "absolute"}, ignoring: ${d}`,
        d,
        range,
      );
      continue;
    }
    t.value = true;
    t.src = ctx.at;
  }
}

function parseUMask(ctx: OptionContext): void {
  const v = ctx.value;
  if (!/^[0-7]+$/.test(v) || parseInt(v, 8) > 0o7777) {
    ctx.warn("invalid-mode", parseErrorText(ctx, `Failed to parse mode value, ignoring: ${v}`), v);
    return;
  }
  ctx.settings.umask.value = parseInt(v, 8);
  ctx.settings.umask.src = ctx.at;
}

const stringOption =
  (pick: (s: UnitSettings) => Tracked<string | null>): OptionParser =>
  (ctx) => {
    const t = pick(ctx.settings);
    t.value = ctx.value === "" ? null : ctx.value;
    t.src = ctx.at;
  };

const SERVICE_TYPES = ["simple", "forking", "oneshot", "dbus", "notify", "idle", "exec"];

/**
 * The parsers for every key the exposure checks read, keyed by `Section.Key`. `Exec` stands for
 * any section with an execution context (Service, Socket, Mount, Swap), `CGroup` for a cgroup
 * context (those and Slice, Scope).
 */
export const OPTION_PARSERS: ReadonlyMap<string, OptionParser> = new Map<string, OptionParser>([
  ["Unit.DefaultDependencies", boolOption("defaultDependencies")],
  ["Exec.User", parseUser],
  ["Exec.DynamicUser", boolOption("dynamicUser")],
  ["Exec.SupplementaryGroups", parseSupplementaryGroups],
  [
    "Exec.CapabilityBoundingSet",
    (ctx) => setCapabilities(ctx, ctx.settings.capabilityBoundingSet, CAP_ALL),
  ],
  ["Exec.AmbientCapabilities", (ctx) => setCapabilities(ctx, ctx.settings.ambientCapabilities, 0n)],
  ["Exec.PrivateDevices", boolOption("privateDevices")],
  ["Exec.PrivateMounts", modeOption("privateMounts", "PrivateMounts")],
  ["Exec.PrivateNetwork", boolOption("privateNetwork")],
  ["Exec.PrivateTmp", modeOption("privateTmp", "PrivateTmp")],
  ["Exec.PrivateUsers", modeOption("privateUsers", "PrivateUsers")],
  ["Exec.ProtectControlGroups", modeOption("protectControlGroups", "ProtectControlGroups")],
  ["Exec.ProtectKernelModules", boolOption("protectKernelModules")],
  ["Exec.ProtectKernelTunables", boolOption("protectKernelTunables")],
  ["Exec.ProtectKernelLogs", boolOption("protectKernelLogs")],
  ["Exec.ProtectClock", boolOption("protectClock")],
  ["Exec.ProtectHostname", modeOption("protectHostname", "ProtectHostname")],
  ["Exec.LockPersonality", boolOption("lockPersonality")],
  ["Exec.MemoryDenyWriteExecute", boolOption("memoryDenyWriteExecute")],
  ["Exec.NoNewPrivileges", boolOption("noNewPrivileges")],
  ["Exec.RestrictRealtime", boolOption("restrictRealtime")],
  ["Exec.RestrictSUIDSGID", boolOption("restrictSuidSgid")],
  ["Exec.RemoveIPC", boolOption("removeIpc")],
  [
    "Exec.ProtectHome",
    enumOption(
      (s) => s.protectHome,
      ["no", "yes", "read-only", "tmpfs"],
      "Failed to parse protect home value",
      { yes: "yes", no: "no" },
    ),
  ],
  [
    "Exec.ProtectSystem",
    enumOption(
      (s) => s.protectSystem,
      ["no", "yes", "full", "strict"],
      "Failed to parse protect system value",
      { yes: "yes", no: "no" },
    ),
  ],
  [
    "Exec.ProtectProc",
    enumOption(
      (s) => s.protectProc,
      ["noaccess", "invisible", "ptraceable", "default"],
      "Failed to parse /proc/ protection mode",
    ),
  ],
  [
    "Exec.ProcSubset",
    enumOption((s) => s.procSubset, ["all", "pid"], "Failed to parse /proc/ subset mode"),
  ],
  [
    "Exec.KeyringMode",
    enumOption(
      (s) => s.keyringMode,
      ["inherit", "private", "shared"],
      "Failed to parse keyring mode",
    ),
  ],
  ["Exec.UMask", parseUMask],
  ["Exec.RootDirectory", pathOption((s) => s.rootDirectory, "RootDirectory")],
  ["Exec.RootImage", pathOption((s) => s.rootImage, "RootImage")],
  ["Exec.MountImages", parseMountImages],
  ["Exec.LoadCredential", credentialOption("load", false)],
  ["Exec.LoadCredentialEncrypted", credentialOption("load", true)],
  ["Exec.SetCredential", credentialOption("set", false)],
  ["Exec.SetCredentialEncrypted", credentialOption("set", true)],
  ["Exec.RestrictNamespaces", parseRestrictNamespaces],
  ["Exec.RestrictAddressFamilies", parseAddressFamilies],
  ["Exec.SystemCallFilter", parseSystemCallFilter],
  ["Exec.SystemCallArchitectures", parseSyscallArchitectures],
  ["CGroup.Delegate", parseDelegate],
  [
    "CGroup.DevicePolicy",
    enumOption(
      (s) => s.devicePolicy,
      ["auto", "closed", "strict"],
      "Failed to parse device policy",
    ),
  ],
  ["CGroup.DeviceAllow", parseDeviceAllow],
  ["CGroup.IPAddressDeny", ipPrefixes((s) => s.ipAddressDeny)],
  ["CGroup.IPAddressAllow", ipPrefixes((s) => s.ipAddressAllow)],
  [
    "CGroup.IPIngressFilterPath",
    pathListOption((s) => s.ipIngressFilterPath, "IPIngressFilterPath"),
  ],
  ["CGroup.IPEgressFilterPath", pathListOption((s) => s.ipEgressFilterPath, "IPEgressFilterPath")],
  [
    "Service.NotifyAccess",
    enumOption(
      (s) => s.notifyAccess,
      ["none", "main", "exec", "all"],
      "Failed to parse notify access specifier",
    ),
  ],
  ["Service.Type", enumOption((s) => s.serviceType, SERVICE_TYPES, "Failed to parse service type")],
  [
    "Service.Restart",
    enumOption(
      (s) => s.restart,
      ["no", "on-success", "on-failure", "on-abnormal", "on-watchdog", "on-abort", "always"],
      "Failed to parse service restart specifier",
    ),
  ],
  ["Service.BusName", stringOption((s) => s.busName)],
  [
    "Exec.WorkingDirectory",
    (ctx) => {
      const v = expandSpecifiers(ctx.value.replace(/^-/, ""), ctx.specifiers);
      ctx.settings.workingDirectory = v.ok && v.value !== "" ? v.value : null;
    },
  ],
  [
    "Service.PIDFile",
    (ctx) => {
      const v = expandSpecifiers(ctx.value, ctx.specifiers);
      ctx.settings.pidFile = v.ok && v.value.startsWith("/") ? simplifyPath(v.value) : null;
    },
  ],
  ["Unit.SuccessAction", stringOption((s) => s.successAction)],
  ...[
    "ExecStart",
    "ExecStartPre",
    "ExecStartPost",
    "ExecStop",
    "ExecStopPost",
    "ExecReload",
    "ExecCondition",
  ].map((key): [string, OptionParser] => [`Service.${key}`, (ctx) => parseCommand(ctx, key)]),
]);
