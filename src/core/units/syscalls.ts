/**
 * The system call tables SystemCallFilter= works on: which names a release's libseccomp knows,
 * the groups with their members, errno names, and the entries a filter holds.
 */
import { ERRNO_NUMBERS, SECCOMP_ARCHITECTURES } from "../data/systemd252.js";
import { everySyscallName, releaseOf, type Release } from "../release.js";
import { parseIntAuto } from "./values.js";

export const ARCHITECTURES = new Set(SECCOMP_ARCHITECTURES);

/** Whether the libseccomp a release links (2.5.4 for 252 on x86-64) knows a syscall name. */
export function syscallKnown(
  name: string,
  release: Release = releaseOf(),
): "native" | "foreign" | null {
  if (release.nativeSyscalls.has(name)) return "native";
  if (release.foreignSyscalls.has(name)) return "foreign";
  return null;
}

const ERRNO_BY_NAME = new Map(Object.entries(ERRNO_NUMBERS).map(([k, v]) => [k.toUpperCase(), v]));

/** seccomp_parse_errno_or_action(): "kill", an errno name in any case, or a number 0..4095. */
export function parseErrno(s: string): number | null {
  if (s === "kill") return 4096 + 1;
  const named = ERRNO_BY_NAME.get(s.toUpperCase());
  if (named !== undefined) return named;
  const n = parseIntAuto(s);
  return n !== null && n >= 0 && n <= 4095 ? n : null;
}

/** Every name any release's libseccomp knows, so one index serves all releases. */
const SYSCALL_NAMES: readonly string[] = everySyscallName();
const SYSCALL_INDEX = new Map(SYSCALL_NAMES.map((name, i) => [name, i]));
const ABSENT = -2;

/**
 * The system calls a SystemCallFilter= names, each with its errno (-1: none): a map from name
 * to errno, kept as an array over the known names so that a group of hundreds is one loop.
 */
export class SyscallEntries {
  private readonly errnos = new Int32Array(SYSCALL_NAMES.length).fill(ABSENT);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** An independent copy. */
  copy(): SyscallEntries {
    const c = new SyscallEntries();
    c.errnos.set(this.errnos);
    c.count = this.count;
    return c;
  }

  get(name: string): number | undefined {
    const i = SYSCALL_INDEX.get(name);
    if (i === undefined) return undefined;
    const e = this.errnos[i]!;
    return e === ABSENT ? undefined : e;
  }

  /** Sets (or, for undefined, removes) the entries of some system calls by number. */
  put(indices: Int32Array, errno: number | undefined): void {
    const value = errno ?? ABSENT;
    for (let k = 0; k < indices.length; k++) {
      const i = indices[k]!;
      const was = this.errnos[i]!;
      if (was === ABSENT && value !== ABSENT) this.count++;
      else if (was !== ABSENT && value === ABSENT) this.count--;
      this.errnos[i] = value;
    }
  }

  /** The names with their errnos, in numbering order. */
  *entries(): IterableIterator<[string, number]> {
    for (let i = 0; i < this.errnos.length; i++)
      if (this.errnos[i] !== ABSENT) yield [SYSCALL_NAMES[i]!, this.errnos[i]!];
  }
}

const GROUP_SYSCALLS = new Map<Release, ReadonlyMap<string, Int32Array>>();

/** Each group's members, nested groups expanded, keeping only names the release's libseccomp knows (systemd skips the rest). */
function groupSyscalls(release: Release): ReadonlyMap<string, Int32Array> {
  let groups = GROUP_SYSCALLS.get(release);
  if (groups) return groups;
  const known = (m: string) => release.nativeSyscalls.has(m) || release.foreignSyscalls.has(m);
  groups = new Map(
    Object.keys(release.syscallGroups).map((g) => {
      const out: number[] = [];
      const walk = (name: string): void => {
        for (const m of release.syscallGroups[name]!.members) {
          if (m.startsWith("@")) walk(m);
          else if (known(m)) out.push(SYSCALL_INDEX.get(m)!);
        }
      };
      walk(g);
      return [g, Int32Array.from(out)];
    }),
  );
  GROUP_SYSCALLS.set(release, groups);
  return groups;
}

export function addSyscall(
  release: Release,
  entries: SyscallEntries,
  name: string,
  errno: number,
  invert: boolean,
  allowList: boolean,
): boolean {
  const single = syscallKnown(name, release) ? SYSCALL_INDEX.get(name) : undefined;
  const members = name.startsWith("@")
    ? groupSyscalls(release).get(name)
    : single !== undefined
      ? Int32Array.of(single)
      : undefined;
  if (!members) return false;
  const put = !invert === allowList || (invert && allowList && errno >= 0);
  entries.put(members, put ? errno : undefined);
  return true;
}
