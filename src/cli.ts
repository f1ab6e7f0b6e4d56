/**
 * The command line: argv and injected streams -> the same engine as the action -> an exit code.
 *   0 nothing over the gate, 1 the gate failed, 2 usage error or unreadable input, 3 internal failure.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { selectUnits } from "./core/discover.js";
import { orderAnnotations, unitAnnotations, type UnitAnnotation } from "./core/annotate.js";
import { checksMarkdown, rulesMarkdown, withActionTables } from "./core/format/docs.js";
import { githubCommands } from "./core/format/github.js";
import { CodeQuality } from "./core/format/gitlab.js";
import { sarifLog } from "./core/format/sarif.js";
import { JSON_REPORT_TAIL, jsonReportHead, jsonReportUnit } from "./core/format/json.js";
import { formatUnit, TextTotals } from "./core/format/text.js";
import { formatExposure, PolicyError } from "./core/checks/score.js";
import { gateFailures, gateLine, type GateFailure } from "./core/gate.js";
import {
  ConfigError,
  gateOptions,
  loadPolicy,
  OPTION_WORDING,
  readGiven,
  resolveConfig,
  scanOptions,
  type ResolvedConfig,
} from "./core/config.js";
import { PolicyFileError } from "./core/policy.js";
import { scanEach, type ScanOptions, type UnitReport } from "./core/scan.js";
import { DiskTree } from "./node/disk-tree.js";
import { INFORMATION_URI, VERSION } from "./version.js";

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  /**
   * Resolves once stdout has taken what it holds, when a slow reader (a pipe) left it full;
   * undefined when it is not full. The scan waits on it between units, so that its memory stays
   * flat however slowly the reader reads.
   */
  readonly drained?: () => Promise<void> | undefined;
}

export const EXIT_OK = 0;
export const EXIT_GATE = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;

const USAGE = `usage: harden-units scan [PATH ...] [--format text|json|sarif|github|gitlab] [--max-exposure N]
                          [--annotate-exposure N|never] [--profile baseline|strict]
                          [--systemd-version V[,V...]] [--config FILE]
                          [--fail-on error|warning|notice|never] [--no-fix]
       harden-units fix  [PATH ...] [--profile baseline|strict] [--dropin-name NAME]
                          [--systemd-version V[,V...]] [--config FILE] [--dry-run]
       harden-units docs rules|checks
       harden-units --version | --help

Scores systemd units as \`systemd-analyze security\` of systemd 252 does, and lints their
hardening settings (with the drop-in fix would write, unless --no-fix); fix writes, for each service it can improve, a drop-in
UNIT.d/NAME (default hardening.conf) beside it that lowers the exposure without
breaking the service. PATH is a unit file, a drop-in or a folder searched
recursively (default .); several may be given, as pre-commit does with the staged files.
--format github prints GitHub Actions workflow commands (annotations); --format gitlab a GitLab
Code Quality report (JSON). docs prints the lint rules or the exposure checks as Markdown.
The policy file is --config FILE, else .github/harden-units.ini if there is one; options given
on the command line win over it.
Exit status: 0 nothing over the gate, 1 the gate failed (an exposure above --max-exposure, or a
finding at or above --fail-on, error by default), 2 usage error or unreadable input, 3 internal
failure.
`;

class UsageError extends Error {}

/** Tree-relative label for a folder: the path as the user would read it from the working directory. */
function label(cwd: string, dir: string): string {
  const rel = path.relative(cwd, dir).split(path.sep).join("/");
  return rel;
}

interface Scanned {
  readonly report: UnitReport;
  /** The folder on disk the report's tree is rooted at, and the tree's label. */
  readonly root: { readonly root: string; readonly prefix: string };
}

/**
 * Scans each PATH argument in a tree rooted at it (or at the folder of a file), one unit at a
 * time, so that output streams and memory stays flat on large trees. All arguments are checked
 * before the first unit is scanned.
 */
function* scanArguments(
  io: CliIo,
  inputs: readonly string[],
  options: ScanOptions,
): Generator<Scanned> {
  const plans: {
    tree: DiskTree;
    root: { root: string; prefix: string };
    units: string[];
    orphans: string[];
  }[] = [];
  for (const input of inputs) {
    const abs = path.resolve(io.cwd, input);
    if (!existsSync(abs)) throw new UsageError(`cannot read '${input}': no such file or folder`);
    const isDir = statSync(abs).isDirectory();
    // A drop-in's unit is two folders up (`dir/foo.service.d/x.conf` -> `dir/foo.service`).
    const root = isDir
      ? abs
      : /\.d$/.test(path.basename(path.dirname(abs)))
        ? path.dirname(path.dirname(abs))
        : path.dirname(abs);
    const prefix = label(io.cwd, root);
    const tree = new DiskTree(root, prefix);
    const selection = selectUnits(tree, [label(io.cwd, abs)]);
    if (selection.rejected.length > 0) {
      throw new UsageError(
        `'${input}' is not a unit file, a drop-in (NAME.service.d/*.conf) or a folder`,
      );
    }
    plans.push({
      tree,
      root: { root, prefix },
      units: selection.units,
      orphans: selection.orphans,
    });
  }
  const seen = new Set<string>();
  for (const plan of plans) {
    for (const report of scanEach(
      plan.tree,
      plan.units.filter((u) => !seen.has(u)),
      plan.orphans.filter((o) => !seen.has(o)),
      options,
    )) {
      seen.add(report.path);
      yield { report, root: plan.root };
    }
  }
}

/**
 * The options given on the command line, resolved with the policy file (--config, else
 * .github/harden-units.ini in the working directory if there is one) by the shared resolver.
 */
/** The options scan and fix share: the policy file, and the values that decide the drop-ins they propose. */
const CONFIG_OPTIONS = {
  profile: { type: "string" },
  "systemd-version": { type: "string" },
  config: { type: "string" },
} as const;

async function configure(
  io: CliIo,
  values: Record<string, string | boolean | undefined>,
): Promise<ResolvedConfig> {
  const given = readGiven(
    (name) => (typeof values[name] === "string" ? (values[name] as string) : undefined),
    OPTION_WORDING,
  );
  const policy = await loadPolicy(given, (file) => {
    try {
      return readFileSync(path.resolve(io.cwd, file), "utf8");
    } catch {
      return undefined;
    }
  });
  return resolveConfig(given, policy);
}

async function scan(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      ...CONFIG_OPTIONS,
      format: { type: "string", default: "text" },
      "max-exposure": { type: "string" },
      "annotate-exposure": { type: "string" },
      "fail-on": { type: "string" },
      "no-fix": { type: "boolean", default: false },
    },
  });
  const format = values.format;
  if (
    format !== "text" &&
    format !== "json" &&
    format !== "sarif" &&
    format !== "github" &&
    format !== "gitlab"
  )
    throw new UsageError(`--format takes text, json, sarif, github or gitlab, not '${format}'`);
  const config = await configure(io, values);
  const options = scanOptions(config, !values["no-fix"]);
  const failures: GateFailure[] = [];
  const totals = new TextTotals();
  let first = true;
  const codeQuality = new CodeQuality();
  let issues = 0;
  // The annotations (github, sarif): kept, so that the weak units come first, most exposed first.
  const annotations: UnitAnnotation[] = [];
  const seenFindings = new Set<string>();
  // SARIF is one document: the reports are kept, without what only scoring needed.
  const forSarif: UnitReport[] = [];
  if (format === "json") io.stdout(jsonReportHead(VERSION));
  if (format === "gitlab") io.stdout("[");
  for (const { report } of scanArguments(
    io,
    positionals.length > 0 ? positionals : ["."],
    options,
  )) {
    const gate = gateFailures([report], gateOptions(config));
    const annotated =
      format === "github" || format === "gitlab" || format === "sarif"
        ? unitAnnotations(
            report,
            { annotateExposure: config.annotateExposure, gate, context: "cli" },
            seenFindings,
          )
        : [];
    if (format === "json") {
      if (!first) io.stdout(",");
      io.stdout(jsonReportUnit(report));
    } else if (format === "github") annotations.push(...annotated);
    else if (format === "gitlab")
      for (const issue of codeQuality.issues(annotated))
        io.stdout(`${issues++ === 0 ? "\n" : ",\n"}${JSON.stringify(issue)}`);
    else if (format === "sarif") {
      forSarif.push({
        ...report,
        loaded: null,
        score: report.score && { ...report.score, rows: [] },
      });
      annotations.push(...annotated.filter((a) => a.kind !== "finding"));
    } else io.stdout(`${first ? "" : "\n"}${formatUnit(report, {}, { topChecks: 10 })}\n`);
    await io.drained?.();
    first = false;
    totals.add(report);
    failures.push(...gate);
  }
  if (format === "json") io.stdout(JSON_REPORT_TAIL);
  else if (format === "sarif")
    io.stdout(
      `${JSON.stringify(sarifLog(forSarif, { version: VERSION, informationUri: INFORMATION_URI, annotations: orderAnnotations(annotations) }), null, 2)}\n`,
    );
  else if (format === "gitlab") io.stdout(issues === 0 ? "]\n" : "\n]\n");
  else if (format === "github")
    io.stdout(
      first
        ? "no unit files found\n"
        : `${githubCommands(annotations)
            .map((l) => `${l}\n`)
            .join("")}${totals.line()}\n`,
    );
  else io.stdout(first ? "no unit files found\n" : `\n${totals.line()}\n`);
  // Why the exit status is 1, on stderr so that a gitlab or SARIF report on stdout stays valid JSON (json keeps its silence).
  if (format !== "json" && failures.length > 0)
    io.stderr(`harden-units: gate failed: ${gateLine(failures)}\n`);
  return failures.length > 0 ? EXIT_GATE : EXIT_OK;
}

async function fix(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      ...CONFIG_OPTIONS,
      "dropin-name": { type: "string" },
      "dry-run": { type: "boolean", default: false },
    },
  });
  const options = scanOptions(await configure(io, values));
  let written = 0;
  for (const { report: r, root } of scanArguments(
    io,
    positionals.length > 0 ? positionals : ["."],
    options,
  )) {
    if (!r.fix) continue;
    if (!("proposal" in r.fix)) {
      io.stdout(`${r.path}: no drop-in: ${r.fix.none}\n`);
      continue;
    }
    const p = r.fix.proposal;
    const change = `${formatExposure(p.exposureBefore)} -> ${formatExposure(p.exposureAfter)}`;
    if (values["dry-run"]) {
      io.stdout(`--- ${p.dropinPath} (${r.unit}: ${change})\n${p.content}`);
      continue;
    }
    if (!p.changed) {
      io.stdout(
        `${p.dropinPath}: up to date (${r.unit}: ${formatExposure(p.exposureWithout)} -> ${formatExposure(p.exposureAfter)} with it)\n`,
      );
      continue;
    }
    writeDropin(root, p.dropinPath, p.content);
    written++;
    io.stdout(`wrote ${p.dropinPath} (${r.unit}: ${change})\n`);
    await io.drained?.();
  }
  if (!values["dry-run"]) io.stdout(`${written} drop-in${written === 1 ? "" : "s"} written\n`);
  return EXIT_OK;
}

/**
 * Writes a drop-in into the folder of its unit, and nowhere else: the drop-in folder must be a
 * real folder (not a link) inside the scanned tree.
 */
function writeDropin(
  at: { root: string; prefix: string },
  dropinPath: string,
  content: string,
): void {
  const rel = at.prefix === "" ? dropinPath : dropinPath.slice(at.prefix.length + 1);
  const file = path.join(at.root, ...rel.split("/"));
  const dir = path.dirname(file);
  const realRoot = realpathSync(at.root);
  if (existsSync(dir)) {
    if (lstatSync(dir).isSymbolicLink() || !lstatSync(dir).isDirectory())
      throw new UsageError(
        `refusing to write into '${dropinPath}': its folder is a link or not a folder`,
      );
    const real = realpathSync(dir);
    if (real !== realRoot && !real.startsWith(realRoot + path.sep))
      throw new UsageError(`refusing to write '${dropinPath}' outside the scanned folder`);
  } else mkdirSync(dir, { recursive: true });
  if (existsSync(file) && lstatSync(file).isSymbolicLink())
    throw new UsageError(`refusing to write '${dropinPath}': it is a symbolic link`);
  writeFileSync(file, content);
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === "--version" || command === "-V") {
      io.stdout(`harden-units ${VERSION}\n`);
      return EXIT_OK;
    }
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      io.stdout(USAGE);
      return command === undefined ? EXIT_USAGE : EXIT_OK;
    }
    if (command === "scan") return await scan(rest, io);
    if (command === "fix") return await fix(rest, io);
    if (command === "docs" && rest[0] === "rules" && rest.length === 1) {
      io.stdout(rulesMarkdown());
      return EXIT_OK;
    }
    if (command === "docs" && rest[0] === "checks" && rest.length === 1) {
      io.stdout(checksMarkdown());
      return EXIT_OK;
    }
    if (command === "docs" && rest[0] === "readme" && rest.length === 1) {
      // Regenerates README.md's action tables from action.yml (both in the working directory).
      const readme = path.join(io.cwd, "README.md");
      writeFileSync(
        readme,
        withActionTables(
          readFileSync(readme, "utf8"),
          readFileSync(path.join(io.cwd, "action.yml"), "utf8"),
        ),
      );
      return EXIT_OK;
    }
    throw new UsageError(
      `unknown command '${command}' (try: harden-units scan, or harden-units fix)`,
    );
  } catch (e) {
    if (
      e instanceof UsageError ||
      e instanceof ConfigError ||
      e instanceof PolicyFileError ||
      e instanceof PolicyError ||
      (e instanceof TypeError && "code" in e && String(e.code).startsWith("ERR_PARSE_ARGS"))
    ) {
      io.stderr(`harden-units: ${e.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`harden-units: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_INTERNAL;
  }
}
