/**
 * The action: settings -> engine -> GitHub. The one error boundary: whatever goes wrong is one
 * line through core.setFailed, never a stack trace. Writes GitHub refuses (a fork's read-only
 * token, missing permissions) never fail the step by themselves: the run reports through what it
 * may still use and says once what it could not do.
 */
import * as core from "./github/runner.js";
import { mkdirSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { formatExposure } from "./core/checks/score.js";
import { locate, SEVERITY_RANK, type Finding } from "./core/findings.js";
import { jsonReport } from "./core/format/json.js";
import { summaryMarkdown } from "./core/format/markdown.js";
import { sarifLog } from "./core/format/sarif.js";
import { formatText } from "./core/format/text.js";
import { gateFailures, gateLine } from "./core/gate.js";
import { parsePolicy, parseSecurityPolicy, PolicyFileError, type Policy } from "./core/policy.js";
import { scanPaths, scanUnit, type ScanOptions, type UnitReport } from "./core/scan.js";
import type { Proposal } from "./core/fix/propose.js";
import { OverlayTree, type UnitTree } from "./core/units/tree.js";
import { DiskTree } from "./node/disk-tree.js";
import { createApi, describeError, offlineApi, httpStatus, requestOf, type Annotation, type GitHubApi, type PullFile } from "./github/api.js";
import { commitDropins, writablePath } from "./github/commit.js";
import { DiffIndex } from "./github/diff.js";
import { EventError, readRunContext, type PullRequestInfo, type RunContext } from "./github/event.js";
import { codeSpan, planComments, postReview } from "./github/review.js";
import { pathsTree, selectAll, selectChanged, type UnitSelection } from "./github/select.js";
import { ApiTree, baseFromDiff, diffTrees, workspaceHead } from "./github/sources.js";
import { InputError, OUTPUTS, readSettings, type Settings } from "./settings.js";
import { INFORMATION_URI, VERSION } from "./version.js";


/** The files of the commit under review, and how they were read. */
interface HeadSource {
  readonly sha: string;
  /** Every file path of the commit (for choosing units). */
  readonly listing: UnitTree;
  /** Reads the files the engine needs for these units. */
  readonly materialize: (units: readonly string[], extra?: readonly string[]) => Promise<UnitTree>;
  readonly fromWorkspace: boolean;
}

async function headSource(ctx: RunContext, api: GitHubApi, sha: string): Promise<HeadSource> {
  if (workspaceHead(ctx.workspace) === sha) {
    const tree = new DiskTree(ctx.workspace);
    return { sha, listing: tree, materialize: async () => tree, fromWorkspace: true };
  }
  const apiTree = await ApiTree.load(api, sha).catch((e: unknown) => {
    const gone = httpStatus(e) === 404 || httpStatus(e) === 422;
    throw new EventError(`cannot read the commit ${sha.slice(0, 7)} under review through the API (${describeError(e)})${gone ? ": was its branch deleted or force-pushed, or may the token not read contents?" : ""}`);
  });
  return { sha, listing: pathsTree(apiTree.paths()), materialize: (u, extra) => apiTree.materialize(u, extra), fromWorkspace: false };
}

/** The policy file (and the security-policy JSON it names), read from a trusted tree. */
function readPolicy(tree: UnitTree, settings: Settings): Policy | undefined {
  const file = settings.config ?? ".github/harden-units.ini";
  const text = tree.read(file);
  if (text === undefined) {
    if (settings.config) throw new PolicyFileError(file, 1, "the policy file named by the config input does not exist");
    return undefined;
  }
  const policy = parsePolicy(file, typeof text === "string" ? text : new TextDecoder().decode(text));
  if (!policy.securityPolicyPath) return policy;
  const json = tree.read(policy.securityPolicyPath);
  if (json === undefined) throw new PolicyFileError(file, 1, `the security policy ${policy.securityPolicyPath} does not exist`);
  return { ...policy, securityPolicy: parseSecurityPolicy(policy.securityPolicyPath, typeof json === "string" ? json : new TextDecoder().decode(json)) };
}

/** Input values win when set explicitly; otherwise the policy file's; otherwise the defaults. */
function effective(settings: Settings, policy: Policy | undefined) {
  const pick = <T>(input: string, fromInput: T, fromPolicy: T | undefined): T => (settings.explicit.has(input) || fromPolicy === undefined ? fromInput : fromPolicy);
  return {
    maxExposure: pick("max-exposure", settings.maxExposure, policy?.maxExposure),
    failOn: pick("fail-on", settings.failOn, policy?.failOn),
    failOnIncrease: pick("fail-on-increase", settings.failOnIncrease, policy?.failOnIncrease),
    profile: pick("profile", settings.profile, policy?.profile),
    systemdVersion: pick("systemd-version", settings.systemdVersion, policy?.systemdVersion),
  };
}

function annotationsOf(reports: readonly UnitReport[], gate: readonly string[]): Annotation[] {
  const level = (f: Finding) => (f.severity === "error" ? "failure" : f.severity === "warning" ? "warning" : "notice") as Annotation["annotation_level"];
  const out: Annotation[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      if (f.suppressed !== undefined) continue;
      const at = locate(f);
      const sameLine = at.line === at.endLine;
      out.push({
        path: f.path, start_line: at.line, end_line: at.endLine, annotation_level: level(f), title: f.id, message: f.message,
        ...(sameLine && { start_column: at.column, end_column: Math.max(at.column, at.endColumn) }),
      });
    }
    for (const g of gate.filter((line) => line.startsWith(`${r.path}: exposure`))) {
      out.push({ path: r.path, start_line: 1, end_line: 1, annotation_level: "failure", title: "harden-units gate", message: g.slice(r.path.length + 2) });
    }
  }
  return out;
}

/** Findings through one check run (50 annotations per request); else workflow commands (10 per kind are shown). */
async function annotate(api: GitHubApi, settings: Settings, sha: string, reports: readonly UnitReport[], gate: readonly string[], summary: string, notes: string[]): Promise<void> {
  const annotations = annotationsOf(reports, gate);
  const scored = reports.filter((r) => r.score);
  const worst = scored.reduce((m, r) => Math.max(m, r.score!.exposure), -1);
  const title = `${scored.length} unit${scored.length === 1 ? "" : "s"} scored${worst >= 0 ? `, highest exposure ${formatExposure(worst)}` : ""}, ${annotations.length} annotation${annotations.length === 1 ? "" : "s"}`;
  const body = summary.length > 65000 ? `${summary.slice(0, 65000)}\n\n…(the full report is in the job summary)` : summary;
  try {
    const id = await api.createCheckRun(settings.checkName, sha, { title, summary: body, annotations: annotations.slice(0, 50) }, gate.length > 0 ? "failure" : "success");
    for (let i = 50; i < annotations.length; i += 50) await api.updateCheckRun(id, { title, summary: body, annotations: annotations.slice(i, i + 50) });
    return;
  } catch (e) {
    const status = httpStatus(e);
    notes.push(
      status === 403 || status === 404
        ? "The token may not write check runs (it needs checks: write; a fork's token never may), so the findings are workflow annotations instead, and all of them are listed below."
        : `The check run could not be written (${describeError(e)}), so the findings are workflow annotations instead, and all of them are listed below.`,
    );
  }
  const shown = new Map<string, number>();
  let hidden = 0;
  for (const a of annotations) {
    const n = shown.get(a.annotation_level) ?? 0;
    if (n >= 10) {
      hidden++;
      continue;
    }
    shown.set(a.annotation_level, n + 1);
    const props = { file: a.path, startLine: a.start_line, endLine: a.end_line, ...(a.start_column !== undefined && { startColumn: a.start_column }), title: a.title ?? "harden-units" };
    if (a.annotation_level === "failure") core.error(a.message, props);
    else if (a.annotation_level === "warning") core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  if (hidden > 0) notes.push(`GitHub shows 10 annotations of each kind per step; ${hidden} more are listed in the job summary.`);
}

function withinWorkspace(workspace: string, rel: string): string {
  const abs = path.resolve(workspace, rel);
  const root = realpathSync(workspace);
  if (abs !== root && !abs.startsWith(root + path.sep) && !abs.startsWith(path.resolve(workspace) + path.sep)) {
    throw new InputError(`the path ${rel} leaves the workspace`);
  }
  return abs;
}

interface Scanned {
  readonly reports: UnitReport[];
  readonly selection: UnitSelection;
  readonly head: HeadSource;
  readonly tree: UnitTree;
  readonly policy: Policy | undefined;
  readonly options: ScanOptions;
  readonly eff: ReturnType<typeof effective>;
  /** A pull request's changed files (every one, past GitHub's listing too); empty for other events. */
  readonly files: readonly PullFile[];
  /** The merge base of a pull request, when it was asked for (the start of its diff). */
  readonly mergeBase: string | undefined;
}

async function scanHead(ctx: RunContext, api: GitHubApi, settings: Settings, pull: PullRequestInfo | null, notes: string[]): Promise<Scanned> {
  const sha = pull ? pull.headSha : ctx.sha;
  const head = await headSource(ctx, api, sha);
  // Under pull_request_target the pull request's own policy is not trusted: the base's is read.
  const baseOfTarget = ctx.eventName === "pull_request_target" && pull ? await ApiTree.load(api, pull.baseSha) : null;
  const policyTree = async (paths: string[]): Promise<UnitTree> =>
    baseOfTarget ? baseOfTarget.materialize([], paths) : head.fromWorkspace ? head.listing : head.materialize([], paths);
  const policyFile = settings.config ?? ".github/harden-units.ini";
  let policy = readPolicy(await policyTree([policyFile]), settings);
  if (policy?.securityPolicyPath) policy = readPolicy(await policyTree([policyFile, policy.securityPolicyPath]), settings);
  const eff = effective(settings, policy);
  const scope = settings.scope ?? (pull ? "changed" : "all");
  let files: PullFile[] = [];
  let mergeBase: string | undefined;
  let selection: UnitSelection;
  // A pull request's files are listed whatever the scope: their patches give the base versions and the review's lines.
  if (pull) {
    const listed = await api.listPullFiles(pull.number);
    files = listed.files;
    if (!listed.complete || (pull.changedFiles !== undefined && pull.changedFiles > 3000)) {
      notes.push("The pull request changes more than the 3000 files GitHub lists, so harden-units compared the trees of its merge base and head to find the rest.");
      mergeBase = api.mergeBase ? await api.mergeBase(pull.baseSha, pull.headSha) : pull.baseSha;
      const [baseTree, headTree] = await Promise.all([ApiTree.load(api, mergeBase), ApiTree.load(api, pull.headSha)]);
      const d = diffTrees(baseTree, headTree);
      const listedPaths = new Set(files.flatMap((f) => (f.previousFilename ? [f.filename, f.previousFilename] : [f.filename])));
      files = [
        ...files,
        ...d.changed.filter((f) => !listedPaths.has(f)).map((f) => ({ filename: f, status: baseTree.entries.has(f) ? "modified" : "added" })),
        ...d.removed.filter((f) => !listedPaths.has(f)).map((f) => ({ filename: f, status: "removed" })),
      ];
    }
  }
  if (scope === "changed" && pull) {
    selection = selectChanged(head.listing, files, settings.files);
  } else {
    selection = selectAll(head.listing, settings.files);
  }
  const tree = await head.materialize(selection.units, selection.orphans);
  const options: ScanOptions = { systemdVersions: eff.systemdVersion, ...(policy && { policy }), fix: { profile: eff.profile, dropinName: settings.dropinName } };
  const reports = scanPaths(tree, selection.units, selection.orphans, options);
  return { reports, selection, head, tree, policy, options, eff, files, mergeBase };
}

/** Exposure of each scored unit on the pull request's base (absent for units new in the pull request). */
async function baseExposures(api: GitHubApi, pull: PullRequestInfo, scanned: Scanned): Promise<Map<string, number> & { byRelease: Map<string, Map<number, number>> }> {
  // The floor's exposure by path, and with several systemd releases listed each one's (for the gates).
  const out = Object.assign(new Map<string, number>(), { byRelease: new Map<string, Map<number, number>>() });
  const scored = scanned.reports.filter((r) => r.score);
  if (scored.length === 0) return out;
  const paths = new Map(scored.map((r) => [r.path, scanned.selection.renamedFrom.get(r.path) ?? r.path]));
  const basePaths = [...new Set(paths.values())];
  // The base is the left side of the diff, rebuilt from the head and the patches: only files without
  // a usable patch (binary, too large, past GitHub's listing) are read through the API.
  const { tree, unknown } = baseFromDiff(await scanned.head.materialize(basePaths), scanned.files, basePaths);
  if (unknown.length > 0) {
    const from = scanned.mergeBase ?? (api.mergeBase ? await api.mergeBase(pull.baseSha, pull.headSha) : pull.baseSha);
    const fetched = await (await ApiTree.load(api, from)).materialize([], unknown);
    for (const p of unknown) {
      const c = fetched.read(p);
      if (c !== undefined) tree.set(p, c);
    }
  }
  const { fix: _fix, ...options } = scanned.options;
  for (const [headPath, basePath] of paths) {
    if (tree.read(basePath) === undefined) continue;
    const r = scanUnit(tree, basePath, options);
    if (r.score) out.set(headPath, r.score.exposure);
    if (r.scores) out.byRelease.set(headPath, new Map(r.scores.flatMap((s) => (s.score ? [[s.release, s.score.exposure] as const] : []))));
  }
  return out;
}

function proposals(reports: readonly UnitReport[]): { proposal: Proposal; unit: string }[] {
  return reports.flatMap((r) => (r.fix && "proposal" in r.fix && r.fix.proposal.changed ? [{ proposal: r.fix.proposal, unit: r.unit }] : []));
}

/** Re-scores the head with the committed drop-ins and posts the result as a check run on the new commit. */
async function checkNewCommit(api: GitHubApi, settings: Settings, scanned: Scanned, sha: string, committed: readonly { proposal: Proposal }[], base: ReadonlyMap<string, number>, notes: string[]): Promise<void> {
  // The scanned tree with the drop-ins laid over it (never a copy: the workspace may be large).
  const tree = new OverlayTree(scanned.tree, new Map(committed.map((c) => [c.proposal.dropinPath, c.proposal.content])));
  const reports = scanPaths(tree, scanned.selection.units, scanned.selection.orphans, scanned.options);
  const gate = gateFailures(reports, { ...(scanned.eff.maxExposure !== undefined && { maxExposure: scanned.eff.maxExposure }), failOn: scanned.eff.failOn, failOnIncrease: scanned.eff.failOnIncrease, baseExposure: base });
  try {
    await api.createCheckRun(settings.checkName, sha, { title: `Re-scored after the harden-units commit: ${gate.length === 0 ? "passes" : "fails"}`, summary: summaryMarkdown(reports, { baseExposure: base, gate }), annotations: annotationsOf(reports, gate).slice(0, 50) }, gate.length > 0 ? "failure" : "success");
  } catch (e) {
    notes.push(`The result could not be posted on the new commit (${describeError(e)}); the next push re-runs the check.`);
  }
}

/**
 * fix: commit, then suggest what was not committed (a fork, a refused or moved branch, drop-ins
 * under .github/); fix: suggest. Earlier comments of units that need nothing more say so.
 */
async function fixPullRequest(api: GitHubApi, commitApi: GitHubApi, settings: Settings, pull: PullRequestInfo, scanned: Scanned, base: ReadonlyMap<string, number>, notes: string[]): Promise<{ committed: string | null; paths: string[] }> {
  const wanted = proposals(scanned.reports);
  const resolved = new Set(scanned.reports.filter((r) => r.score && !(r.fix && "proposal" in r.fix && r.fix.proposal.changed)).map((r) => r.path));
  let toSuggest = wanted;
  let committed: string | null = null;
  if (settings.fix === "commit") {
    if (pull.fork) {
      notes.push(`The branch of this pull request lives in the fork ${pull.headRepo}, where harden-units does not commit: it suggests the drop-ins instead.`);
    } else {
      const outcome = await commitDropins(commitApi, pull.headRef, pull.headSha, wanted);
      if (outcome.kind === "refused") {
        notes.push(`No commit: ${outcome.reason}. harden-units suggests the drop-ins instead.`);
      } else {
        const done = wanted.filter((w) => outcome.kind === "committed" && outcome.paths.includes(w.proposal.dropinPath));
        if (outcome.kind === "committed") {
          committed = outcome.sha;
          if (!settings.commitToken) await checkNewCommit(api, settings, scanned, outcome.sha, done, base, notes);
        }
        // The default token's commit starts no run, so this one marks the units it hardened as done.
        for (const w of done) resolved.add(w.proposal.unitPath);
        toSuggest = wanted.filter((w) => !writablePath(w.proposal.dropinPath));
        if (toSuggest.length > 0) notes.push(`harden-units never writes under .github/: it suggests ${toSuggest.map((w) => w.proposal.dropinPath).join(", ")} instead.`);
      }
    }
  }
  if (settings.fix !== "none" && (toSuggest.length > 0 || resolved.size > 0)) {
    const diff = new DiffIndex(scanned.files.map((f) => ({ filename: f.filename, ...(f.patch !== undefined && { patch: f.patch }) })));
    try {
      const outcome = await postReview(api, pull.number, pull.headSha, planComments(scanned.tree, toSuggest, diff), resolved);
      if (outcome.refused) {
        notes.push(`GitHub refused the review comments' places (${outcome.refused}), probably because the pull request changed while harden-units ran: the drop-ins are in the conversation instead, and the run for the new head puts them in the diff.`);
      }
    } catch (e) {
      const status = httpStatus(e);
      notes.push(
        status === 403 || status === 404
          ? "The token may not comment on this pull request (it needs pull-requests: write; a fork's token never may), so the drop-ins are only in the summary below."
          : `The suggestions could not be posted (${describeError(e)}); the drop-ins are in the summary below.`,
      );
    }
  }
  return { committed, paths: wanted.map((w) => w.proposal.dropinPath) };
}

/** `/harden-units fix` in a pull request's comments: commit mode, for people who may write. */
async function runCommand(ctx: RunContext, api: GitHubApi, commitApi: GitHubApi, settings: Settings): Promise<void> {
  const cmd = ctx.command!;
  let permission = "none";
  try {
    permission = await api.collaboratorPermission(cmd.user);
  } catch {
    permission = "none";
  }
  if (!["admin", "maintain", "write"].includes(permission)) {
    await api.createIssueComment(cmd.pull, `@${cmd.user} thanks for asking! Only people who can write to this repository can ask harden-units to commit fixes; the suggested drop-ins are in the review comments and the check's summary.`).catch(() => undefined);
    core.info(`harden-units: ${cmd.user} may not write to the repository (${permission}); refused politely`);
    return;
  }
  const info = await api.getPull(cmd.pull);
  if (info.state !== "open") {
    await api.createIssueComment(cmd.pull, `@${cmd.user} this pull request is ${info.state}: harden-units commits fixes only to open pull requests.`).catch(() => undefined);
    core.info(`harden-units: pull request #${cmd.pull} is ${info.state}; nothing to do`);
    return;
  }
  const pull: PullRequestInfo = {
    number: cmd.pull, baseSha: info.baseSha, baseRef: info.baseRef, headSha: info.headSha, headRef: info.headRef,
    headRepo: info.headRepo, fork: info.headRepo !== `${ctx.owner}/${ctx.repo}`, changedFiles: info.changedFiles,
  };
  const notes: string[] = [];
  const scanned = await scanHead({ ...ctx, workspace: "/nonexistent" }, api, settings, pull, notes);
  const base = await baseExposures(api, pull, scanned);
  const result = await fixPullRequest(api, commitApi, { ...settings, fix: "commit" }, pull, scanned, base, notes);
  const message = result.committed
    ? `@${cmd.user} harden-units committed ${result.paths.map(codeSpan).join(", ")} in ${result.committed.slice(0, 7)}.`
    : result.paths.length === 0
      ? `@${cmd.user} harden-units found nothing to commit: the drop-ins of this pull request's units are up to date.`
      : `@${cmd.user} harden-units did not commit. ${notes.join(" ")}`;
  await api.createIssueComment(cmd.pull, message).catch(() => undefined);
  core.setOutput(OUTPUTS.commitSha, result.committed ?? "");
  core.setOutput(OUTPUTS.dropins, JSON.stringify(result.paths));
}

/** One line saying what this run looks at. */
function whatRuns(ctx: RunContext): string {
  const short = (sha: string) => sha.slice(0, 7);
  if (ctx.command) return `/harden-units command by ${ctx.command.user} on pull request #${ctx.command.pull}`;
  if (ctx.pull) return `pull request #${ctx.pull.number}, ${short(ctx.pull.headSha)} against ${ctx.pull.baseRef || short(ctx.pull.baseSha)}`;
  return `${ctx.eventName} at ${short(ctx.sha)}${ctx.beforeSha ? ` (before: ${short(ctx.beforeSha)})` : ""}`;
}

export async function run(): Promise<void> {
  try {
    const settings = readSettings((name) => core.getInput(name));
    if (settings.token) core.setSecret(settings.token);
    if (settings.commitToken) core.setSecret(settings.commitToken);
    const ctx = readRunContext(process.env);
    core.info(`harden-units ${VERSION}: ${whatRuns(ctx)}`);
    const log = (m: string) => core.info(m);
    // HARDEN_UNITS_API_TIMEOUT_MS: the timeout of one API attempt (default 30 s), for a slow GitHub Enterprise Server and for tests.
    const timeoutMs = Number(process.env.HARDEN_UNITS_API_TIMEOUT_MS) || undefined;
    const connect = (token: string) => createApi({ token, baseUrl: ctx.apiUrl, owner: ctx.owner, repo: ctx.repo, log, debug: (m) => core.debug(m), ...(timeoutMs && { timeoutMs }) });
    const api = settings.token ? connect(settings.token) : offlineApi("no github-token was given");
    const commitApi = settings.commitToken ? connect(settings.commitToken) : api;
    if (ctx.eventName === "issue_comment") {
      if (ctx.command) await runCommand(ctx, api, commitApi, settings);
      else core.info("harden-units: the comment is not a /harden-units command; nothing to do");
      return;
    }
    const notes: string[] = [];
    const pull = ctx.pull;
    const scanned = await scanHead(ctx, api, settings, pull, notes);
    const base = pull ? await baseExposures(api, pull, scanned) : Object.assign(new Map<string, number>(), { byRelease: new Map<string, Map<number, number>>() });
    const { reports, eff } = scanned;
    for (const removed of scanned.selection.removed) notes.push(`${removed} is removed by this pull request.`);

    const gate = gateFailures(reports, { ...(eff.maxExposure !== undefined && { maxExposure: eff.maxExposure }), failOn: eff.failOn, failOnIncrease: eff.failOnIncrease, baseExposure: base, baseExposures: base.byRelease });
    const link = (p: string, line?: number) => `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${scanned.head.sha}/${p.split("/").map(encodeURIComponent).join("/")}${line ? `#L${line}` : ""}`;

    let fixResult: { committed: string | null; paths: string[] } = { committed: null, paths: proposals(reports).map((p) => p.proposal.dropinPath) };
    if (pull && settings.fix !== "none") fixResult = await fixPullRequest(api, commitApi, settings, pull, scanned, base, notes);

    const preSummary = summaryMarkdown(reports, { link, baseExposure: base, gate, notes });
    await annotate(api, settings, scanned.head.sha, reports, gate, preSummary, notes);
    const summary = summaryMarkdown(reports, { link, baseExposure: base, gate, notes });
    core.info(formatText(reports, new Map([...base].map(([k, v]) => [k, { baseExposure: v }])), { topChecks: 10 }));
    await core.summary.addRaw(summary).write().catch((e: unknown) => core.info(`harden-units: no job summary (${describeError(e)})`));

    const reportDir = path.join(process.env.RUNNER_TEMP || tmpdir(), "harden-units");
    mkdirSync(reportDir, { recursive: true });
    const reportPath = path.join(reportDir, "report.json");
    writeFileSync(reportPath, JSON.stringify(jsonReport(reports, VERSION, new Map([...base].map(([k, v]) => [k, { baseExposure: v }]))), null, 2) + "\n");
    if (settings.sarifFile) {
      const sarifPath = withinWorkspace(ctx.workspace, settings.sarifFile);
      mkdirSync(path.dirname(sarifPath), { recursive: true });
      writeFileSync(sarifPath, JSON.stringify(sarifLog(reports, { version: VERSION, informationUri: INFORMATION_URI, ...(eff.maxExposure !== undefined && { maxExposure: eff.maxExposure }) }), null, 2) + "\n");
    }

    const scored = reports.filter((r) => r.score);
    core.setOutput(OUTPUTS.maxExposure, scored.length > 0 ? formatExposure(Math.max(...scored.map((r) => r.score!.exposure))) : "");
    core.setOutput(OUTPUTS.units, scored.length);
    core.setOutput(OUTPUTS.findings, reports.reduce((n, r) => n + r.findings.filter((f) => f.suppressed === undefined && SEVERITY_RANK[f.severity] > 0).length, 0));
    core.setOutput(OUTPUTS.report, reportPath);
    core.setOutput(OUTPUTS.dropins, JSON.stringify(fixResult.paths));
    core.setOutput(OUTPUTS.commitSha, fixResult.committed ?? "");
    if (gate.length > 0) core.setFailed(`harden-units: ${gateLine(gate)}`);
  } catch (e) {
    const known = e instanceof InputError || e instanceof EventError || e instanceof PolicyFileError;
    core.setFailed(`harden-units: ${known ? (e as Error).message : `the scan could not run: ${describeError(e)}${requestOf(e)}`}`);
  }
}
