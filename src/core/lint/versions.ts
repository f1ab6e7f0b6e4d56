/**
 * Settings and values newer than the oldest systemd the units must run on (the floor of
 * `systemd-version`). What the floor's loader ignores but a later listed release's loader accepts
 * is `too-new`, naming the release that brought it; what no listed release accepts stays the
 * floor's own finding. Both are decided by loading the unit as each release does, so the lint
 * agrees with each release's `systemd-analyze verify`.
 */
import type { Finding } from "../findings.js";
import { ruleFinding } from "./rules.js";
import { keySince, releaseOf, type Release } from "../release.js";
import type { UnitFile } from "../syntax/parser.js";
import type { LoadedUnit } from "../units/load.js";
import type { LoadWarning } from "../units/settings.js";

/** The unit as another release loads it, on demand (the same files, so the same assignments). */
export type LoadAs = (release: Release) => LoadedUnit;

function accepts(unit: LoadedUnit, w: LoadWarning): boolean {
  return (
    !unit.warnings.some(
      (x) => x.assignment === w.assignment && x.code === w.code && x.subject === w.subject,
    ) && !unit.warnings.some((x) => x.assignment === w.assignment && x.span.start === w.span.start)
  );
}

/**
 * For a warning of the floor's loader: the release that first accepts the line, and the listed
 * releases that accept it; null when no listed release does.
 */
export function acceptedLater(
  w: LoadWarning,
  floor: number,
  listed: readonly number[],
  loadAs: LoadAs,
): { since: number; listed: number[] } | null {
  if (!w.assignment) return null;
  const accepting = listed.filter((v) => v > floor && accepts(loadAs(releaseOf(v)), w));
  if (accepting.length === 0) return null;
  let since = accepting[0]!;
  for (let v = floor + 1; v < since; v++) {
    if (accepts(loadAs(releaseOf(v)), w)) {
      since = v;
      break;
    }
  }
  return { since, listed: accepting };
}

/** The `too-new` finding for a line the floor ignores and later listed releases accept. */
export function tooNewFinding(
  w: LoadWarning,
  floor: number,
  later: { since: number; listed: number[] },
): Finding {
  const a = w.assignment!;
  const works = later.listed.join(", ");
  const isKey = w.code === "unknown-key";
  const what = isKey
    ? `${a.key}=`
    : `${a.key}=${w.subject === a.value ? a.value : `…${w.subject}…`}`;
  const ignored = isKey ? "ignores the key" : "ignores it";
  const remedy = isKey
    ? `keep it for ${works} and accept that ${floor} runs without it, or drop ${floor} from systemd-version`
    : `put a line systemd ${floor} understands before it (the later line wins where both work), or drop ${floor} from systemd-version`;
  return ruleFinding(
    "too-new",
    { path: w.file.path, file: w.file, span: w.span },
    `${what} came with systemd ${later.since}: systemd ${floor}, the oldest release in systemd-version, ${ignored}, so this protection is missing there (it works on ${works}); ${remedy}`,
    w.systemdMessage !== ""
      ? { systemd: { message: w.systemdMessage, line: w.reportLine + 1 } }
      : {},
  );
}

/** A drop-in linted without its unit: keys the floor does not know but a later listed release does. */
export function tooNewKeys(
  file: UnitFile,
  known: ReadonlySet<string>,
  floor: number,
  listed: readonly number[],
): Map<string, { since: number; listed: number[] }> {
  const out = new Map<string, { since: number; listed: number[] }>();
  for (const a of file.assignments) {
    if (!known.has(a.section)) continue;
    const since = keySince(a.section, a.key);
    if (since === null || since <= floor) continue;
    const accepting = listed.filter((v) => v >= since);
    if (accepting.length > 0) out.set(`${a.section}.${a.key}`, { since, listed: accepting });
  }
  return out;
}
