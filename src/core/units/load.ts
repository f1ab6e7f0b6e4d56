/**
 * The effective unit: a unit file plus the drop-ins beside it in the same tree, read and merged
 * as systemd 252 merges them (drop-ins from every applicable `*.d/` folder, first folder wins for
 * a file name, applied in file-name order after the fragment), then the settings systemd implies
 * after loading, and the load-time refusals (`Service has no ExecStart=…`).
 */
import { releaseOf, type Release } from "../release.js";
import { parseUnitFile, type Assignment, type UnitFile } from "../syntax/parser.js";
import type { SpecifierContext } from "../syntax/specifiers.js";
import { parseBoolean, splitWords } from "../syntax/words.js";
import {
  dropinDirNames,
  isStrictUserName,
  isTemplate,
  parseUnitName,
  withInstance,
  type UnitName,
  type UnitType,
} from "./names.js";
import { OPTION_PARSERS } from "./options.js";
import { warningSpan, type OptionContext } from "./options-context.js";
import {
  CAP_BIT,
  copySettings,
  defaultSettings,
  type LoadWarning,
  type Located,
  type UnitSettings,
  type WarningCode,
} from "./settings.js";
import { basename, dirname, joinPath, type UnitTree } from "./tree.js";
import { validatorFor } from "./validate.js";

export interface LoadedUnit {
  /** Path of the unit file in the tree. */
  readonly path: string;
  /** The name systemd analyses: templates as instance `i` (`foo@.service` -> `foo@i.service`). */
  readonly name: UnitName;
  readonly fragment: UnitFile;
  /** Drop-ins in the order systemd applies them. */
  readonly dropins: readonly UnitFile[];
  readonly settings: UnitSettings;
  readonly warnings: readonly LoadWarning[];
  /** Why systemd would refuse to load the unit (then it cannot be assessed), or null. */
  readonly refusal: string | null;
  /**
   * How far systemd reads each file: the last 0-based line it parses (Infinity for all of it, -1
   * for none). It stops at a file's first fatal error, and reads no drop-in of a unit file that
   * has one.
   */
  readonly readUpTo: ReadonlyMap<UnitFile, number>;
  /** The systemd release whose loader read it (and whose checks score it). */
  readonly release: Release;
}

/** Parsed files, shared between units of one tree (a `service.d/` drop-in serves many units). */
export interface ParseCache {
  get(path: string): UnitFile | undefined;
  set(path: string, file: UnitFile): unknown;
}

const EXEC_SECTIONS = new Set(["Service", "Socket", "Mount", "Swap"]);
const CGROUP_SECTIONS = new Set(["Service", "Socket", "Mount", "Swap", "Slice", "Scope"]);
const TYPE_SECTION: Readonly<Record<UnitType, string | null>> = {
  service: "Service",
  socket: "Socket",
  mount: "Mount",
  automount: "Automount",
  swap: "Swap",
  timer: "Timer",
  path: "Path",
  slice: "Slice",
  scope: "Scope",
  target: null,
  device: null,
};

/** The sections systemd reads in a unit of this type. */
export function sectionsFor(type: UnitType): string[] {
  const own = TYPE_SECTION[type];
  return own ? ["Unit", own, "Install"] : ["Unit", "Install"];
}

/** Whether the release (252 unless given) knows `key` in `section` (of any unit type). */
export function isKnownKey(section: string, key: string, release: Release = releaseOf()): boolean {
  return (
    Object.hasOwn(release.configItems[section] ?? {}, key) ||
    release.removedOptions.has(`${section}.${key}`)
  );
}

interface KeyHandling {
  readonly known: boolean;
  readonly removed: boolean;
  readonly parser: ((ctx: OptionContext) => void) | undefined;
  readonly validator: ReturnType<typeof validatorFor>;
}

/** How each release's loader treats each section and key, worked out once per pair. */
const KEY_HANDLING = new Map<Release, Map<string, Map<string, KeyHandling>>>();

function resolveKey(release: Release, section: string, key: string): KeyHandling {
  let byRelease = KEY_HANDLING.get(release);
  if (!byRelease) KEY_HANDLING.set(release, (byRelease = new Map()));
  let bySection = byRelease.get(section);
  if (!bySection) byRelease.set(section, (bySection = new Map()));
  let how = bySection.get(key);
  if (!how) {
    const parser =
      OPTION_PARSERS.get(`${section}.${key}`) ??
      (EXEC_SECTIONS.has(section) ? OPTION_PARSERS.get(`Exec.${key}`) : undefined) ??
      (CGROUP_SECTIONS.has(section) ? OPTION_PARSERS.get(`CGroup.${key}`) : undefined);
    const removed = release.removedOptions.has(`${section}.${key}`);
    how = {
      known: isKnownKey(section, key, release),
      removed,
      parser: removed ? undefined : parser,
      validator: parser ? undefined : validatorFor(section, key, release),
    };
    // Keys come from the files, so the table is bounded only by what they hold: cap it.
    if (bySection.size < 4096) bySection.set(key, how);
  }
  return how;
}

/** A file of the tree parsed, through the cache (undefined when it cannot be read). */
export function parseCached(tree: UnitTree, path: string, cache: ParseCache): UnitFile | undefined {
  const hit = cache.get(path);
  if (hit) return hit;
  const bytes = tree.read(path);
  if (bytes === undefined) return undefined;
  const parsed = parseUnitFile(path, bytes);
  cache.set(path, parsed);
  return parsed;
}

/** The drop-in files that apply to a unit whose file is in `dir`, in the order systemd applies them. */
export function findDropins(tree: UnitTree, dir: string, unit: UnitName): string[] {
  // Most folders hold no drop-in folder at all: their units need no search.
  const beside = dropinFoldersIn(tree.list(dir));
  if (beside?.size === 0) return [];
  const byName = new Map<string, string>();
  for (const dropinDir of dropinDirNames(unit)) {
    if (beside && !beside.has(dropinDir)) continue;
    const folder = joinPath(dir, dropinDir);
    for (const file of tree.list(folder) ?? []) {
      if (!file.endsWith(".conf") || file.startsWith(".")) continue;
      const path = joinPath(folder, file);
      if (!byName.has(file) && tree.read(path) !== undefined) byName.set(file, path);
    }
  }
  return [...byName.keys()].sort(compareBytes).map((name) => byName.get(name)!);
}

/** The `*.d` names of a folder listing, found once per listing (a tree hands out the same one again). */
const DROPIN_FOLDERS = new WeakMap<readonly string[], ReadonlySet<string>>();
function dropinFoldersIn(listing: readonly string[] | undefined): ReadonlySet<string> | undefined {
  if (!listing) return undefined;
  let folders = DROPIN_FOLDERS.get(listing);
  if (!folders) {
    folders = new Set(listing.filter((name) => name.endsWith(".d")));
    DROPIN_FOLDERS.set(listing, folders);
  }
  return folders;
}

/** A warning about an assignment's key (unknown, removed): systemd ignores the line and reads on. */
export function keyWarning(
  code: LoadWarning["code"],
  systemdMessage: string,
  file: UnitFile,
  a: Assignment,
): LoadWarning {
  return {
    code,
    systemdMessage,
    file,
    assignment: a,
    span: a.keySpan,
    reportLine: a.reportLine,
    subject: a.key,
    stopsFile: false,
    fatal: false,
  };
}

/** strcmp() order for names (UTF-16 order equals byte order for the ASCII names units use). */
export function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The name a release's systemd analyses for a unit file, or null when the file name is not a unit name. */
export function analysedName(path: string, release: Release = releaseOf()): UnitName | null {
  const parsed = parseUnitName(basename(path));
  if (!parsed) return null;
  return isTemplate(parsed) ? withInstance(parsed, release.templateInstance) : parsed;
}

export function loadUnit(
  tree: UnitTree,
  path: string,
  cache: ParseCache = new Map(),
  release: Release = releaseOf(),
): LoadedUnit | null {
  const name = analysedName(path, release);
  const fragment = parseCached(tree, path, cache);
  if (!name || !fragment) return null;
  const dropins = findDropins(tree, dirname(path), name)
    .map((p) => parseCached(tree, p, cache))
    .filter((f): f is UnitFile => f !== undefined);
  return loadFromFiles(name, fragment, dropins, path, release);
}

/** Applies the fragment and its drop-ins in order and derives the settings systemd would hold. */
export function loadFromFiles(
  name: UnitName,
  fragment: UnitFile,
  dropins: readonly UnitFile[],
  path = fragment.path,
  release: Release = releaseOf(),
): LoadedUnit {
  const load = beginLoad(name, fragment, release);
  for (const file of dropins) readFile(load, file);
  return finishLoad(load, path);
}

/**
 * A unit part-way through loadFromFiles: the fragment and the drop-ins read so far. The fix
 * engine reads the unit's own files once, then each trial drop-in into a copy (copyLoad).
 */
export interface PartialLoad {
  readonly name: UnitName;
  readonly fragment: UnitFile;
  readonly release: Release;
  readonly known: ReadonlySet<string>;
  readonly specifiers: SpecifierContext;
  readonly dropins: UnitFile[];
  readonly settings: UnitSettings;
  readonly warnings: LoadWarning[];
  readonly readUpTo: Map<UnitFile, number>;
  readonly misc: Map<string, string>;
  remainAfterExit: boolean;
}

/** The unit with its fragment read. */
export function beginLoad(name: UnitName, fragment: UnitFile, release: Release): PartialLoad {
  const load: PartialLoad = {
    name,
    fragment,
    release,
    known: new Set(sectionsFor(name.type)),
    specifiers: { unit: name, fragmentPath: "/" + fragment.path },
    dropins: [],
    settings: defaultSettings(),
    warnings: [],
    readUpTo: new Map(),
    misc: new Map(),
    remainAfterExit: false,
  };
  readFile(load, fragment);
  return load;
}

/** A copy that reading more files into leaves `load` as it was. */
export function copyLoad(load: PartialLoad): PartialLoad {
  return {
    ...load,
    dropins: [...load.dropins],
    settings: copySettings(load.settings),
    warnings: [...load.warnings],
    readUpTo: new Map(load.readUpTo),
    misc: new Map(load.misc),
  };
}

/** Reads the next file (the fragment first, then each drop-in in order). */
export function readFile(load: PartialLoad, file: UnitFile): void {
  const { release, known, specifiers, settings, warnings, readUpTo, misc } = load;
  const isFragment = file === load.fragment;
  if (!isFragment) load.dropins.push(file);
  // A unit file with a fatal error fails to load before systemd reads any drop-in.
  if (!isFragment && warnings.some((w) => w.fatal)) {
    readUpTo.set(file, -1);
    return;
  }
  readUpTo.set(file, Infinity);
  let fatalSeen = false;
  for (const entry of file.entries) {
    // systemd stops reading a file at its first fatal error: a unit file is then refused, the
    // rest of a drop-in is left unread.
    if (fatalSeen) {
      readUpTo.set(
        file,
        warnings
          .filter((w) => w.file === file && w.stopsFile)
          .reduce((m, w) => Math.min(m, w.reportLine), Infinity),
      );
      break;
    }
    if (entry.kind === "section") {
      if (!known.has(entry.name) && !entry.name.startsWith("X-")) {
        warnings.push({
          code: "unknown-section",
          systemdMessage: `Unknown section '${entry.name}'. Ignoring.`,
          file,
          assignment: undefined,
          span: entry.span,
          reportLine: entry.firstLine,
          subject: entry.name,
          stopsFile: false,
          fatal: false,
        });
      }
      continue;
    }
    if (entry.kind === "broken") {
      const d = entry.diagnostic;
      if (d.fatal) {
        fatalSeen = true;
        warnings.push({
          code: "invalid-syntax",
          systemdMessage: d.message,
          file,
          assignment: undefined,
          span: d.span,
          reportLine: d.reportLine,
          subject: "",
          stopsFile: true,
          fatal: isFragment,
        });
      }
      continue;
    }
    if (entry.kind !== "assignment") continue;
    const a = entry;
    if (!known.has(a.section)) continue;
    const how = resolveKey(release, a.section, a.key);
    if (!how.known) {
      if (!a.key.startsWith("X-")) {
        warnings.push(
          keyWarning(
            "unknown-key",
            `Unknown key '${a.key}' in section [${a.section}], ignoring.`,
            file,
            a,
          ),
        );
      }
      continue;
    }
    if (how.removed) {
      warnings.push(
        keyWarning(
          "removed-option",
          `Support for option ${a.key}= has been removed and it is ignored`,
          file,
          a,
        ),
      );
      continue;
    }
    const at: Located = { file, assignment: a };
    const ctx: OptionContext = {
      settings,
      at,
      value: a.value,
      specifiers,
      release,
      warn(
        code: WarningCode,
        systemdMessage: string,
        subject = a.value,
        range?: { start: number; end: number },
        fatal = false,
      ) {
        if (fatal) fatalSeen = true;
        warnings.push({
          code,
          systemdMessage,
          file,
          assignment: a,
          span: warningSpan(a, range),
          reportLine: a.reportLine,
          subject,
          stopsFile: fatal,
          fatal: fatal && isFragment,
        });
      },
    };
    if (how.parser) how.parser(ctx);
    else if (how.validator) how.validator(ctx, a.key);
    if (a.section === "Service" && a.key === "RemainAfterExit")
      load.remainAfterExit = parseBoolean(a.value) ?? load.remainAfterExit;
    else if (
      a.section === "Service" &&
      (a.key === "ExitType" || a.key === "KillMode" || a.key === "PAMName" || a.key === "Group")
    )
      misc.set(a.key, a.value);
  }
}

/** The settings systemd implies after loading, and whether it refuses the unit. */
export function finishLoad(load: PartialLoad, path = load.fragment.path): LoadedUnit {
  const { name, fragment, dropins, settings, warnings, readUpTo, release, misc } = load;
  const hasExecContext = EXEC_SECTIONS.has(TYPE_SECTION[name.type] ?? "");
  if (hasExecContext) patchContexts(name, settings, release);
  if (name.type !== "service") {
    // Only services default to a private keyring; units without an execution context have none.
    settings.notifyAccess.value = null;
    if (settings.keyringMode.src === undefined)
      settings.keyringMode.value = hasExecContext ? "shared" : "";
  }
  const fatal = warnings.find((w) => w.fatal);
  const refusal = fatal
    ? `systemd refuses the unit: ${fatal.systemdMessage}`
    : name.type === "service"
      ? verifyService(settings, load.remainAfterExit, misc)
      : null;
  return { path, name, fragment, dropins, settings, warnings, refusal, readUpTo, release };
}

/** unit_patch_contexts(): what systemd implies after loading. */
function patchContexts(name: UnitName, s: UnitSettings, release: Release): void {
  const cap = (set: typeof s.capabilityBoundingSet, bits: number[], src: Located | undefined) => {
    for (const bit of bits) {
      if (set.mask & CAP_BIT[bit]!) {
        set.mask &= ~CAP_BIT[bit]!;
        set.srcByBit[bit] = src;
      }
    }
  };
  const b = s.bools;
  if (b.privateDevices.value) cap(s.capabilityBoundingSet, [27, 17], b.privateDevices.src);
  if (b.protectKernelModules.value) cap(s.capabilityBoundingSet, [16], b.protectKernelModules.src);
  if (b.protectKernelLogs.value) cap(s.capabilityBoundingSet, [34], b.protectKernelLogs.src);
  if (b.protectClock.value) cap(s.capabilityBoundingSet, [25, 35], b.protectClock.src);

  if (s.dynamicUser.value) {
    const src = s.dynamicUser.src;
    if (s.user.value === null) {
      s.user.value = isStrictUserName(name.prefix) ? name.prefix : "_du_hashed";
      s.user.src = src;
    }
    const force = (t: { value: boolean; src: Located | undefined }) => {
      if (!t.value) {
        t.value = true;
        t.src = src;
      }
    };
    force(b.privateTmp);
    force(b.removeIpc);
    force(b.noNewPrivileges);
    force(b.restrictSuidSgid);
    if (s.protectSystem.value !== "strict") {
      s.protectSystem.value = "strict";
      s.protectSystem.src = src;
    }
    if (s.protectHome.value === "no") {
      s.protectHome.value = "read-only";
      s.protectHome.src = src;
    }
  }

  if (b.privateDevices.value && s.devicePolicy.value === "auto") {
    s.devicePolicy.value = "closed";
    s.devicePolicy.src = b.privateDevices.src;
  }
  const add = (path: string, mode: string, src: Located | undefined) =>
    s.deviceAllow.entries.push({ path, mode, src });
  if (s.devicePolicy.value !== "auto" || s.deviceAllow.entries.length > 0) {
    if (s.rootImage.value !== null || s.mountImages.value) {
      const src = s.rootImage.value !== null ? s.rootImage.src : s.mountImages.src;
      add("/dev/loop-control", "rw", src);
      add("/dev/mapper/control", "rw", src);
      for (const dev of ["block-loop", "block-blkext", "block-device-mapper"]) add(dev, "rwm", src);
    }
    if (b.protectClock.value) add("char-rtc", "r", b.protectClock.src);
    const encrypted = [...s.credentials.load.values(), ...s.credentials.set.values()].some(
      (e) => e,
    );
    if (encrypted && release.encryptedCredentialDevice)
      add(release.encryptedCredentialDevice, "rw", s.encryptedCredentials.src);
  }
}

/** The first word of each command an Exec*= line holds (a lone `;` separates commands). */
function commandCount(lines: readonly Located[]): number {
  let n = 0;
  for (const l of lines) {
    const { words } = splitWords(l.assignment.value, {
      unquote: true,
      cunescape: true,
      relax: true,
    });
    n +=
      1 +
      words.filter((w) => w.text === ";" && l.assignment.value.slice(w.start, w.end) === ";")
        .length;
  }
  return n;
}

/** service_verify(): the settings without which systemd refuses to load a service. */
function verifyService(
  s: UnitSettings,
  remainAfterExit: boolean,
  misc: ReadonlyMap<string, string>,
): string | null {
  const starts = s.commands.get("ExecStart") ?? [];
  const stops = s.commands.get("ExecStop") ?? [];
  const success = s.successAction.value !== null && s.successAction.value !== "none";
  const type =
    s.serviceType.value ?? (s.busName.value ? "dbus" : starts.length > 0 ? "simple" : "oneshot");
  if (starts.length === 0 && stops.length === 0 && !success)
    return "Service has no ExecStart=, ExecStop=, or SuccessAction=. Refusing.";
  if (type !== "oneshot" && starts.length === 0)
    return "Service has no ExecStart= setting, which is only allowed for Type=oneshot services. Refusing.";
  if (!remainAfterExit && starts.length === 0 && !success)
    return "Service has no ExecStart= and no SuccessAction= settings and does not have RemainAfterExit=yes set. Refusing.";
  if (type !== "oneshot" && commandCount(starts) > 1)
    return "Service has more than one ExecStart= setting, which is only allowed for Type=oneshot services. Refusing.";
  if (type === "oneshot" && (s.restart.value === "always" || s.restart.value === "on-success"))
    return "Service has Restart= set to either always or on-success, which isn't allowed for Type=oneshot services. Refusing.";
  if (type === "oneshot" && misc.get("ExitType") === "cgroup")
    return "Service has ExitType=cgroup set, which isn't allowed for Type=oneshot services. Refusing.";
  if (type === "dbus" && !s.busName.value)
    return "Service is of type D-Bus but no D-Bus service name has been specified. Refusing.";
  const kill = misc.get("KillMode") ?? "control-group";
  if (misc.get("PAMName") && kill !== "control-group" && kill !== "mixed")
    return "Service has PAM enabled. Kill mode must be set to 'control-group' or 'mixed'. Refusing.";
  if (
    s.modes.privateUsers === "managed" &&
    ((s.user.value ?? "") !== "" || s.dynamicUser.value || misc.get("Group") || misc.get("PAMName"))
  ) {
    return "PrivateUsers=managed may not be used in combination with User=/DynamicUser=/Group=/PAMName=. Refusing.";
  }
  return null;
}
