/**
 * The assessors: from a loaded unit's settings to each check's badness and description, as
 * systemd 252's analyze-security.c computes them offline. Generic assessors serve most of the
 * table (booleans, capability bits, namespace flags, address-family categories, syscall groups);
 * the rest are bespoke, as in systemd.
 */
import type { Release } from "../release.js";
import type { LoadedUnit } from "../units/load.js";
import type { Located, ModeField, UnitSettings } from "../units/settings.js";
import { capabilityNumber } from "../units/values.js";
import type { AddressFamilyCategory, CheckDefinition } from "./table.js";

export interface Assessed {
  /** 0..range, or null when the check does not apply. */
  readonly badness: number | null;
  /** The assessor's own text; null means the table's good/bad/na text (or none) is printed. */
  readonly description: string | null;
  /** The assignment that decided the check, if any did. */
  readonly src: Located | undefined;
}

/** security_info_runs_privileged() */
export function runsPrivileged(s: UnitSettings): boolean {
  const user = s.user.value;
  if (user === "0" || user === "root") return true;
  if (s.dynamicUser.value) return false;
  return user === null || user === "";
}

function categoryOf(af: number): AddressFamilyCategory {
  switch (af) {
    case 1:
      return "unix";
    case 2:
    case 10:
      return "inet";
    case 16:
      return "netlink";
    case 17:
      return "packet";
    default:
      return "other";
  }
}

/** 1n << n for each capability number. */
const BIT: readonly bigint[] = Array.from({ length: 64 }, (_, n) => 1n << BigInt(n));
const CAPABILITY_BITS = new Map<readonly string[], readonly number[]>();

/** The capability numbers of a check's list (worked out once per check). */
function capabilityBits(names: readonly string[]): readonly number[] {
  let bits = CAPABILITY_BITS.get(names);
  if (!bits) CAPABILITY_BITS.set(names, (bits = names.map((c) => capabilityNumber(c)!)));
  return bits;
}

/** The texts of the system call checks, made once each (they repeat across units, and the print order is memoised by text). */
const SYSCALL_TEXTS = [new Map<string, string>(), new Map<string, string>()];

function syscallText(allowList: boolean, group: string, bad: string | null): string {
  const memo = SYSCALL_TEXTS[allowList ? 1 : 0]!;
  const key = bad === null ? group : `${group} ${bad}`;
  let t = memo.get(key);
  if (t === undefined) {
    if (allowList) {
      t = bad
        ? `System call allow list defined for service, and ${group} is included (e.g. ${bad} is allowed)`
        : `System call allow list defined for service, and ${group} is not included`;
    } else {
      t = bad
        ? `System call deny list defined for service, and ${group} is not included (e.g. ${bad} is allowed)`
        : `System call deny list defined for service, and ${group} is included`;
    }
    memo.set(key, t);
  }
  return t;
}

/** Whether the filter lets a syscall through (an allow-list entry carrying an errno denies it). */
function allowed(s: UnitSettings, name: string): boolean {
  const f = s.systemCallFilter;
  const errno = f.entries?.get(name);
  return f.allowList ? errno === -1 : errno === undefined;
}

/** The first native member of a group (nested groups expanded in place) that the filter allows. */
function offender(s: UnitSettings, release: Release, group: string): string | null {
  const members = Object.hasOwn(release.syscallGroups, group)
    ? release.syscallGroups[group]!.members
    : [];
  for (const m of members) {
    if (m.startsWith("@")) {
      const nested = offender(s, release, m);
      if (nested) return nested;
      continue;
    }
    if (release.nativeSyscalls.has(m) && allowed(s, m)) return m;
  }
  return null;
}

function isLocalhost(p: { family: 4 | 6; bytes: readonly number[] }): boolean {
  if (p.family === 4) return p.bytes[0] === 127;
  return p.bytes.every((b, i) => (i === 15 ? b === 1 : b === 0));
}

/** A check that prints the table's text. */
const plain = (badness: number | null, src: Located | undefined): Assessed => ({
  badness,
  description: null,
  src,
});

/** A check that prints its own text. */
const text = (badness: number, description: string, src: Located | undefined): Assessed => ({
  badness,
  description,
  src,
});

export function assessCheck(check: CheckDefinition, unit: LoadedUnit): Assessed {
  const s = unit.settings;
  const a = check.assess;
  switch (a.kind) {
    case "bool": {
      const t = s.bools[a.field];
      // From 254 PrivateMounts= is a tristate, and only an explicit "no" fails the check.
      const rule = unit.release.assessment(check.id);
      if (rule === "fails-only-when-no")
        return plain(s.modes[a.field as ModeField] === "no" ? 1 : 0, t.src);
      if (rule === "implied-online" && !t.value) {
        const b = s.bools;
        const implied =
          b.privateDevices.value ||
          b.privateTmp.value ||
          b.protectControlGroups.value ||
          b.protectKernelTunables.value ||
          b.protectKernelModules.value ||
          s.protectHome.value !== "no" ||
          s.protectSystem.value !== "no" ||
          s.rootImage.value !== null;
        return plain(implied ? 0 : 1, t.src);
      }
      return plain(t.value ? 0 : 1, t.src);
    }
    case "capability": {
      const bits = capabilityBits(a.capabilities);
      const mask = s.capabilityBoundingSet.mask;
      const held = bits.filter((b) => (mask & BIT[b]!) !== 0n);
      const decisive = (held.length > 0 ? held : bits)
        .map((b) => s.capabilityBoundingSet.srcByBit[b])
        .find((x) => x);
      return plain(held.length > 0 ? 1 : 0, decisive);
    }
    case "namespace": {
      const ns = s.restrictNamespaces;
      return plain(
        ns.allowed === null || ns.allowed.has(a.namespace) ? 1 : 0,
        ns.srcByType.get(a.namespace),
      );
    }
    case "addressFamily": {
      const r = s.restrictAddressFamilies;
      let restricted = r.allowList;
      for (const af of r.families ?? [])
        if (categoryOf(af) === a.category) restricted = !r.allowList;
      return plain(restricted ? 0 : 1, r.src);
    }
    case "syscallFilter": {
      const f = s.systemCallFilter;
      if (!f.allowList && (f.entries === null || f.entries.size === 0))
        return text(10, "Service does not filter system calls", f.src);
      const bad = offender(s, unit.release, a.group);
      if (f.allowList) return text(bad ? 9 : 0, syscallText(true, a.group, bad), f.src);
      return text(bad ? 10 : 0, syscallText(false, a.group, bad), f.src);
    }
    case "user": {
      const user = s.user.value;
      const src = s.user.src ?? s.dynamicUser.src;
      if (user === "nobody")
        return text(
          9,
          "Service runs under as 'nobody' user, which should not be used for services",
          src,
        );
      if (s.dynamicUser.value && user !== "0" && user !== "root")
        return text(0, "Service runs under a transient non-root user identity", src);
      if (user !== null && user !== "0" && user !== "root" && user !== "")
        return text(0, "Service runs under a static non-root user identity", src);
      return plain(10, src);
    }
    case "supplementaryGroups":
      return runsPrivileged(s)
        ? plain(null, s.user.src)
        : plain(s.supplementaryGroups.value.length > 0 ? 1 : 0, s.supplementaryGroups.src);
    case "removeIpc":
      return runsPrivileged(s)
        ? plain(null, s.user.src)
        : plain(s.bools.removeIpc.value ? 0 : 1, s.bools.removeIpc.src);
    case "protectHome": {
      const v = s.protectHome.value;
      const src = s.protectHome.src;
      if (v === "yes") return text(0, "Service has no access to home directories", src);
      if (v === "read-only")
        return text(5, "Service has read-only access to home directories", src);
      if (v === "tmpfs") return text(1, "Service has access to fake empty home directories", src);
      return text(10, "Service has full access to home directories", src);
    }
    case "protectSystem": {
      const v = s.protectSystem.value;
      const src = s.protectSystem.src;
      if (v === "strict")
        return text(0, "Service has strict read-only access to the OS file hierarchy", src);
      if (v === "full")
        return text(3, "Service has very limited write access to the OS file hierarchy", src);
      if (v === "yes")
        return text(5, "Service has limited write access to the OS file hierarchy", src);
      return text(10, "Service has full access to the OS file hierarchy", src);
    }
    case "rootDirectory": {
      const empty = (p: string | null) => p === null || p === "" || p === "/";
      const bad = empty(s.rootDirectory.value) && empty(s.rootImage.value);
      return plain(bad ? 1 : 0, s.rootDirectory.src ?? s.rootImage.src);
    }
    case "umask": {
      const m = s.umask.value;
      const src = s.umask.src;
      if (!(m & 0o002))
        return text(10, "Files created by service are world-writable by default", src);
      if (!(m & 0o004))
        return text(5, "Files created by service are world-readable by default", src);
      if (!(m & 0o020))
        return text(2, "Files created by service are group-writable by default", src);
      if (!(m & 0o040))
        return text(1, "Files created by service are group-readable by default", src);
      return text(
        0,
        "Files created by service are accessible only by service's own user by default",
        src,
      );
    }
    case "keyringMode":
      return plain(s.keyringMode.value === "private" ? 0 : 1, s.keyringMode.src);
    case "protectProc": {
      const v = s.protectProc.value;
      return plain(
        v === "noaccess" ? 1 : v === "invisible" || v === "ptraceable" ? 0 : 3,
        s.protectProc.src,
      );
    }
    case "procSubset":
      return plain(s.procSubset.value === "pid" ? 0 : 1, s.procSubset.src);
    case "notifyAccess":
      return plain(s.notifyAccess.value === "all" ? 1 : 0, s.notifyAccess.src);
    case "delegate":
      return plain(s.delegate.value ? 1 : 0, s.delegate.src);
    case "systemCallArchitectures": {
      const archs = s.systemCallArchitectures.value;
      const src = s.systemCallArchitectures.src;
      if (archs.size === 0) return text(10, "Service may execute system calls with all ABIs", src);
      if (archs.size === 1 && archs.has("native"))
        return text(0, "Service may execute system calls only with native ABI", src);
      return text(8, "Service may execute system calls with multiple ABIs", src);
    }
    case "ipAddressDeny": {
      const src = s.ipAddressDeny.src ?? s.ipAddressAllow.src;
      if (s.ipIngressFilterPath.value.length > 0 || s.ipEgressFilterPath.value.length > 0) {
        return text(
          0,
          "Service defines custom ingress/egress IP filters with BPF programs",
          s.ipIngressFilterPath.src ?? s.ipEgressFilterPath.src,
        );
      }
      const deny = s.ipAddressDeny.value;
      const denyAll =
        deny.some((p) => p.family === 4 && p.prefixLength === 0) &&
        deny.some((p) => p.family === 6 && p.prefixLength === 0);
      if (!denyAll)
        return text(10, "Service does not define an IP address allow list", s.ipAddressDeny.src);
      const allow = s.ipAddressAllow.value;
      if (allow.some((p) => !isLocalhost(p)))
        return text(
          5,
          "Service defines IP address allow list with non-localhost entries",
          s.ipAddressAllow.src,
        );
      if (allow.length > 0)
        return text(
          2,
          "Service defines IP address allow list with only localhost entries",
          s.ipAddressAllow.src,
        );
      return text(0, "Service blocks all IP address ranges", src);
    }
    case "deviceAllow": {
      const policy = s.devicePolicy.value;
      const entries = s.deviceAllow.entries;
      if (policy === "strict" || policy === "closed") {
        if (entries.length > 0) {
          const list = [...entries]
            .reverse()
            .map((e) => `${e.path}:${e.mode}`)
            .join(" ");
          return text(
            5,
            `Service has a device ACL with some special devices: ${list}`,
            entries[entries.length - 1]!.src ?? s.devicePolicy.src,
          );
        }
        return text(0, "Service has a minimal device ACL", s.devicePolicy.src);
      }
      return text(10, "Service has no device ACL", s.devicePolicy.src);
    }
    case "ambientCapabilities": {
      const set = s.ambientCapabilities;
      const src = set.srcByBit.find((x) => x);
      return plain(set.mask !== 0n ? 1 : 0, src);
    }
  }
}
