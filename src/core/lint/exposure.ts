/**
 * Rules about what the settings do together: settings that widen exposure or undo another,
 * settings that contradict each other, a system call allow list no program can start with, lists
 * written with commas, user names systemd accepts only under its relaxed rules.
 */
import { CAPABILITIES, CONFIG_ITEMS } from "../data/systemd252.js";
import type { Finding } from "../findings.js";
import { ruleFinding, type RuleId } from "./rules.js";
import { HARDENING_BY_KEY } from "../hardening.js";
import type { Span, UnitFile } from "../syntax/parser.js";
import { valueRangeToSpan } from "../syntax/parser.js";
import { parseBoolean, splitWords } from "../syntax/words.js";
import type { LoadedUnit } from "../units/load.js";
import { isStrictUserName } from "../units/names.js";
import type { Located } from "../units/settings.js";
import { capabilityNumber } from "../units/values.js";

const BOOLEAN_PROTECTIONS = [
  "PrivateTmp",
  "PrivateDevices",
  "PrivateNetwork",
  "PrivateUsers",
  "PrivateMounts",
  "PrivateIPC",
  "NoNewPrivileges",
  "ProtectKernelTunables",
  "ProtectKernelModules",
  "ProtectKernelLogs",
  "ProtectControlGroups",
  "ProtectClock",
  "ProtectHostname",
  "RestrictRealtime",
  "RestrictSUIDSGID",
  "LockPersonality",
  "MemoryDenyWriteExecute",
  "RemoveIPC",
];

/** Capabilities that make a service as good as root, or close. */
const DANGEROUS_CAPABILITIES = new Set([
  "cap_sys_admin",
  "cap_net_admin",
  "cap_sys_ptrace",
  "cap_sys_module",
  "cap_sys_rawio",
  "cap_dac_override",
  "cap_dac_read_search",
  "cap_setuid",
  "cap_setgid",
  "cap_setpcap",
  "cap_chown",
  "cap_fowner",
  "cap_sys_boot",
  "cap_bpf",
  "cap_perfmon",
  "cap_sys_time",
  "cap_linux_immutable",
  "cap_mac_admin",
  "cap_mac_override",
  "cap_audit_control",
  "cap_mknod",
  "cap_setfcap",
  "cap_sys_resource",
  "cap_checkpoint_restore",
]);

/** Groups whose members are root in all but name (or can read every secret). */
const PRIVILEGED_GROUPS = new Set([
  "root",
  "wheel",
  "sudo",
  "admin",
  "disk",
  "shadow",
  "docker",
  "lxd",
  "kvm",
]);

const where = (l: Located): string =>
  `${l.file.path}:${l.file.lineIndex.position(l.assignment.span.start).line}`;

interface Ctx {
  readonly unit: LoadedUnit;
  readonly findings: Finding[];
  readonly known: ReadonlySet<string>;
}

function add(
  ctx: Ctx,
  id: RuleId,
  file: UnitFile,
  span: Span,
  message: string,
  variant?: string,
): void {
  ctx.findings.push(
    ruleFinding(
      id,
      { path: file.path, file, span },
      message,
      variant === undefined ? {} : { variant },
    ),
  );
}

/** Every assignment systemd reads for this unit, in the order it applies them. */
function assignments(ctx: Ctx): Located[] {
  const out: Located[] = [];
  for (const file of [ctx.unit.fragment, ...ctx.unit.dropins]) {
    for (const a of file.assignments)
      if (ctx.known.has(a.section)) out.push({ file, assignment: a });
  }
  return out;
}

function isOn(key: string, value: string): boolean | null {
  if (key === "ProtectSystem")
    return value === "strict" || value === "full" || parseBoolean(value) === true
      ? true
      : parseBoolean(value) === false
        ? false
        : null;
  if (key === "ProtectHome")
    return value === "read-only" || value === "tmpfs" || parseBoolean(value) === true
      ? true
      : parseBoolean(value) === false
        ? false
        : null;
  if (key === "RestrictNamespaces") return parseBoolean(value);
  return parseBoolean(value);
}

function widening(ctx: Ctx, all: readonly Located[]): void {
  const lastOn = new Map<string, Located>();
  for (const l of all) {
    const a = l.assignment;
    const { key, value } = a;
    if (
      BOOLEAN_PROTECTIONS.includes(key) ||
      key === "ProtectSystem" ||
      key === "ProtectHome" ||
      key === "RestrictNamespaces"
    ) {
      const on = isOn(key, value);
      if (on === true || (on === null && key === "RestrictNamespaces" && value !== ""))
        lastOn.set(key, l);
      if (on === false) {
        const info = HARDENING_BY_KEY.get(key);
        const prev = lastOn.get(key);
        const undoes = prev ? `, undoing ${key}=${prev.assignment.value} of ${where(prev)}` : "";
        add(
          ctx,
          "widens-exposure",
          l.file,
          a.span,
          `${key}=${value} switches a protection off${undoes}: the service is no longer kept from ${info?.blocks ?? "what it guards"}; remove the line unless the service needs that`,
        );
        lastOn.delete(key);
      }
      continue;
    }
    if (key === "Delegate" && (value === "" || parseBoolean(value) !== false)) {
      add(
        ctx,
        "widens-exposure",
        l.file,
        a.span,
        `Delegate=${value} hands the service its own cgroup subtree, to create cgroups, move processes and (with controllers) change its own resource limits: only container managers need it; remove the line`,
      );
    }
    if (key === "AmbientCapabilities" && value !== "") {
      const invert = value.startsWith("~");
      const words = splitWords(invert ? value.slice(1) : value, { unquote: true }).words;
      if (invert) {
        add(
          ctx,
          "widens-exposure",
          l.file,
          a.span,
          `AmbientCapabilities=${value} grants every capability but the ones listed: the service is nearly root; list only the capabilities it needs`,
        );
        continue;
      }
      for (const w of words) {
        const n = capabilityNumber(w.text);
        if (n === null) continue;
        const name = CAPABILITIES[n];
        if (name && DANGEROUS_CAPABILITIES.has(name)) {
          add(
            ctx,
            "widens-exposure",
            l.file,
            valueRangeToSpan(a, w.start, w.end),
            `AmbientCapabilities= grants ${name.toUpperCase()}, which comes close to root: grant it only if the service cannot work without it, and say why in a suppression`,
          );
        }
      }
    }
    if (key === "UMask" && /^[0-7]+$/.test(value) && !(parseInt(value, 8) & 0o002)) {
      add(
        ctx,
        "widens-exposure",
        l.file,
        a.span,
        `UMask=${value} makes the files the service creates writable by every user: use UMask=0027 or 0077`,
      );
    }
    if (key === "KeyringMode" && value === "shared") {
      add(
        ctx,
        "widens-exposure",
        l.file,
        a.span,
        "KeyringMode=shared links the service's keyring to the user's, so its keys leak to other services of that user: use KeyringMode=private",
      );
    }
    if (key === "NotifyAccess" && value === "all") {
      add(
        ctx,
        "widens-exposure",
        l.file,
        a.span,
        "NotifyAccess=all lets any process of the service's cgroup report its state: use NotifyAccess=main (or exec)",
      );
    }
    if (key === "SupplementaryGroups") {
      for (const w of splitWords(value, {}).words) {
        if (PRIVILEGED_GROUPS.has(w.text)) {
          add(
            ctx,
            "widens-exposure",
            l.file,
            valueRangeToSpan(a, w.start, w.end),
            `SupplementaryGroups= adds the '${w.text}' group, whose members are root in all but name (or can read every secret): remove it, or grant the one access the service needs`,
          );
        }
      }
    }
    if (
      key === "IPAddressAllow" &&
      splitWords(value, {}).words.some((w) => ["any", "0.0.0.0/0", "::/0"].includes(w.text))
    ) {
      add(
        ctx,
        "widens-exposure",
        l.file,
        a.span,
        `IPAddressAllow=${value} allows every address, which undoes IPAddressDeny=: allow only the networks the service talks to`,
      );
    }
  }
}

function conflicts(ctx: Ctx): void {
  const s = ctx.unit.settings;
  const dyn = s.dynamicUser;
  if (dyn.value && dyn.src) {
    const user = s.user.value;
    if ((user === "root" || user === "0") && s.user.src) {
      add(
        ctx,
        "conflicting-options",
        s.user.src.file,
        s.user.src.assignment.span,
        `User=${user} with DynamicUser=yes (${where(dyn.src)}) runs the service as root: DynamicUser= allocates no user when User= names root; remove User=${user}`,
      );
    }
    for (const l of assignments(ctx)) {
      const { key, value } = l.assignment;
      const weaker =
        (key === "ProtectSystem" && value !== "strict" && isOn(key, value) !== null) ||
        (["PrivateTmp", "RemoveIPC", "NoNewPrivileges", "RestrictSUIDSGID"].includes(key) &&
          parseBoolean(value) === false);
      if (weaker) {
        const forced = key === "ProtectSystem" ? "strict" : "yes";
        add(
          ctx,
          "conflicting-options",
          l.file,
          l.assignment.span,
          `${key}=${value} has no effect: DynamicUser=yes (${where(dyn.src)}) forces ${key}=${forced}; remove the line`,
          "no-effect",
        );
      }
    }
  }
  if (s.bools.privateDevices.value && s.bools.privateDevices.src) {
    for (const e of s.deviceAllow.entries) {
      if (
        !e.src ||
        !e.path.startsWith("/dev/") ||
        ["/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom", "/dev/tty"].includes(
          e.path,
        )
      )
        continue;
      add(
        ctx,
        "conflicting-options",
        e.src.file,
        e.src.assignment.span,
        `DeviceAllow=${e.path} cannot give the service that device: PrivateDevices=yes (${where(s.bools.privateDevices.src)}) leaves only pseudo devices in its /dev; drop PrivateDevices=yes and use DevicePolicy=closed with DeviceAllow=`,
      );
    }
  }
  const missing: string[] = [];
  // Ambient capabilities the bounding set removes (most units have none: no bit is looked at).
  const lost = s.ambientCapabilities.mask & ~s.capabilityBoundingSet.mask;
  for (let bit = 0; lost !== 0n && bit < 64; bit++) {
    if ((lost >> BigInt(bit)) & 1n) missing.push(CAPABILITIES[bit]?.toUpperCase() ?? String(bit));
  }
  const ambientSrc = s.ambientCapabilities.srcByBit.find((x) => x);
  if (missing.length > 0 && ambientSrc && s.capabilityBoundingSet.srcByBit.some((x) => x)) {
    add(
      ctx,
      "conflicting-options",
      ambientSrc.file,
      ambientSrc.assignment.span,
      `AmbientCapabilities= grants ${missing.join(" ")}, which CapabilityBoundingSet= (or a Protect*= setting) removes: the service will not have it; add it to CapabilityBoundingSet= or drop it here`,
    );
  }
  if (s.protectHome.value !== "no") {
    for (const l of assignments(ctx)) {
      if (l.assignment.key !== "ReadWritePaths") continue;
      for (const w of splitWords(l.assignment.value, { unquote: true }).words) {
        const p = w.text.replace(/^[-+]+/, "");
        if (/^\/(home|root|run\/user)(\/|$)/.test(p)) {
          add(
            ctx,
            "conflicting-options",
            l.file,
            valueRangeToSpan(l.assignment, w.start, w.end),
            `ReadWritePaths=${p} lies under a home directory, which ProtectHome=${s.protectHome.value} hides or makes read-only: the path cannot be made writable again; move the data to StateDirectory= or use ProtectHome=tmpfs with BindPaths=`,
          );
        }
      }
    }
  }
}

const ESSENTIAL_SYSCALLS = ["read", "write", "close"];

function narrowAllowList(ctx: Ctx): void {
  const f = ctx.unit.settings.systemCallFilter;
  if (!f.allowList || !f.entries || !f.src) return;
  const allowed = (n: string) => f.entries!.get(n) === -1;
  const missing = ESSENTIAL_SYSCALLS.filter((n) => !allowed(n));
  if (!allowed("openat") && !allowed("open")) missing.push("openat");
  if (missing.length === 0) return;
  add(
    ctx,
    "narrow-syscall-allow-list",
    f.src.file,
    f.src.assignment.span,
    `SystemCallFilter= is an allow list without ${missing.join(", ")}: the service is killed at its first file access; allow @system-service and deny what you do not want on a second line (SystemCallFilter=~@privileged @resources)`,
  );
}

/** Path lists (`PATH [...]`); dependency lists are checked from systemd's own warning. */
const PATH_LISTS = new Set(
  Object.entries(CONFIG_ITEMS).flatMap(([section, keys]) =>
    Object.entries(keys)
      .filter(([, kind]) => kind.startsWith("PATH") && kind.includes("[...]"))
      .map(([k]) => `${section}.${k}`),
  ),
);
const LIST_KIND = (section: string, key: string): "path" | null =>
  PATH_LISTS.has(`${section}.${key}`) ? "path" : null;

function commaLists(ctx: Ctx, all: readonly Located[]): void {
  for (const l of all) {
    const a = l.assignment;
    if (!a.value.includes(",")) continue;
    const kind = a.key === "SupplementaryGroups" ? "group" : LIST_KIND(a.section, a.key);
    if (!kind) continue;
    for (const w of splitWords(a.value, { unquote: true }).words) {
      const parts = w.text.split(",");
      if (parts.length < 2 || parts.some((p) => p.trim() === "")) continue;
      const looksRight = parts.every((p) => {
        const t = p.trim();
        if (kind === "path") return /^[-+!:]*\//.test(t);
        return isStrictUserName(t);
      });
      if (!looksRight) continue;
      add(
        ctx,
        "comma-separated-list",
        l.file,
        valueRangeToSpan(a, w.start, w.end),
        `'${w.text}' is read as one ${kind === "path" ? "path" : "group name"}, because systemd splits ${a.key}= on spaces, not commas: write '${parts.map((p) => p.trim()).join(" ")}'`,
      );
    }
  }
}

function userNames(ctx: Ctx, all: readonly Located[]): void {
  for (const l of all) {
    const a = l.assignment;
    if (
      !["User", "Group", "SupplementaryGroups"].includes(a.key) ||
      a.value === "" ||
      a.value.includes("%")
    )
      continue;
    const words =
      a.key === "SupplementaryGroups"
        ? splitWords(a.value, {}).words
        : [{ text: a.value, start: 0, end: a.value.length }];
    for (const w of words) {
      if (isStrictUserName(w.text) || /^(0|[1-9][0-9]*)$/.test(w.text) || w.text.includes(","))
        continue;
      add(
        ctx,
        "unsafe-user-name",
        l.file,
        valueRangeToSpan(a, w.start, w.end),
        `'${w.text}' is not a portable user or group name (letters, digits, '_' and '-', not starting with a digit, at most 31 characters): systemd accepts it under relaxed rules, other tools may not; rename it`,
      );
    }
  }
}

export function exposureFindings(unit: LoadedUnit, known: ReadonlySet<string>): Finding[] {
  const ctx: Ctx = { unit, findings: [], known };
  const all = assignments(ctx);
  widening(ctx, all);
  conflicts(ctx);
  narrowAllowList(ctx);
  commaLists(ctx, all);
  userNames(ctx, all);
  return ctx.findings;
}
