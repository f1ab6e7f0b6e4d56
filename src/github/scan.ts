/**
 * The action's scan step: the commit under review, its policy file resolved with the inputs, the
 * units to score, the engine, and on pull requests the base exposures.
 */
import type { BaseUnit } from "../core/annotate.js";
import {
  loadPolicy,
  resolveConfig,
  scanOptions,
  type Given,
  type ResolvedConfig,
} from "../core/config.js";
import { scanPaths, type ScanOptions, type UnitReport } from "../core/scan.js";
import type { UnitTree } from "../core/units/tree.js";
import type { GitHubApi } from "./api.js";
import type { PullRequestInfo, RunContext } from "./event.js";
import { selectAll, selectChanged, type UnitSelection } from "./select.js";
import {
  ApiTree,
  baseUnits,
  headSource,
  pullRequestFiles,
  type HeadSource,
  type PullRequestFiles,
} from "./sources.js";

export interface Scanned {
  readonly config: ResolvedConfig;
  readonly options: ScanOptions;
  readonly reports: readonly UnitReport[];
  readonly selection: UnitSelection;
  readonly head: HeadSource;
  /** The files the engine read (the selected units and their drop-ins). */
  readonly tree: UnitTree;
  /** A pull request's changed files; none for other events. */
  readonly pullFiles: PullRequestFiles;
  /** Each unit on the pull request's base: its exposure, and check by check (for the regression's attribution); empty for other events and new units. */
  readonly base: ReadonlyMap<string, BaseUnit>;
  /** What the summary should say about the scan. */
  readonly notes: readonly string[];
}

const NO_FILES: PullRequestFiles = { files: [], mergeBase: undefined, notes: [] };

export async function scanHead(
  ctx: RunContext,
  api: GitHubApi,
  given: Given,
  pull: PullRequestInfo | null,
): Promise<Scanned> {
  const head = await headSource(ctx.workspace, api, pull ? pull.headSha : ctx.sha);
  // Under pull_request_target the pull request's own policy is not trusted: the base's is read.
  const baseOfTarget =
    ctx.eventName === "pull_request_target" && pull ? await ApiTree.load(api, pull.baseSha) : null;
  const readTrusted = async (file: string) => {
    const tree = baseOfTarget
      ? await baseOfTarget.materialize([], [file])
      : head.fromWorkspace
        ? head.listing
        : await head.materialize([], [file]);
    return tree.read(file);
  };
  const config = resolveConfig(given, await loadPolicy(given, readTrusted));
  // A pull request's files are listed whatever the scope: their patches give the base versions and the review's lines.
  const pullFiles = pull ? await pullRequestFiles(api, pull) : NO_FILES;
  const scope = config.scope ?? (pull ? "changed" : "all");
  const selection =
    scope === "changed" && pull
      ? selectChanged(head.listing, pullFiles.files, config.files)
      : selectAll(head.listing, config.files);
  const tree = await head.materialize(selection.units, selection.orphans);
  const options = scanOptions(config);
  const reports = scanPaths(tree, selection.units, selection.orphans, options);
  const base = pull
    ? await baseUnits(api, pull, {
        head,
        pullFiles,
        reports,
        renamedFrom: selection.renamedFrom,
        options,
      })
    : new Map<string, BaseUnit>();
  const notes = [
    ...pullFiles.notes,
    ...selection.removed.map((removed) => `${removed} is removed by this pull request.`),
  ];
  return { config, options, reports, selection, head, tree, pullFiles, base, notes };
}
