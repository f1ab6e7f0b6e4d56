/** Check runs: create and update, with GitHub's rules for outputs and annotations. */
import { git, revParse } from "../git-fixture.js";
import type { BodyOf, Ctx, RepoCtx, Result, Schema } from "./context.js";
import type { CheckRunInternal, ServerImpl } from "./server.js";
import type { CheckAnnotation } from "./types.js";
import { user } from "./users.js";
import {
  ANNOTATIONS_PER_REQUEST,
  errorBody,
  HttpError,
  isoNow,
  nodeId,
  SHA_RE,
  stableInt,
  TEXT_LIMIT,
} from "./util.js";

export function app(s: ServerImpl): Schema<"integration"> {
  return {
    id: 15368,
    slug: "github-actions",
    client_id: "Iv1.05c79e9ad1f6bdfa",
    node_id: "MDM6QXBwMTUzNjg=",
    owner: user(s, "github"),
    name: "GitHub Actions",
    description: "Automate your workflow from idea to production",
    external_url: "https://help.github.com/en/actions",
    html_url: `${s.htmlBase}/apps/github-actions`,
    created_at: "2018-07-30T09:30:17Z",
    updated_at: "2019-12-10T19:04:12Z",
    permissions: {
      actions: "write",
      checks: "write",
      contents: "write",
      issues: "write",
      metadata: "read",
      pull_requests: "write",
      statuses: "write",
    },
    events: ["check_run", "check_suite", "pull_request", "push", "workflow_dispatch"],
  };
}

export function checkRunObject(
  s: ServerImpl,
  repo: RepoCtx,
  r: CheckRunInternal,
): Schema<"check-run"> {
  const url = s.repoApi(repo, `/check-runs/${r.id}`);
  const html = `${s.htmlBase}/${repo.fullName}/runs/${r.id}`;
  const prs = s.pulls
    .filter(
      (p) => !p.spec.headRepo || p.spec.headRepo.toLowerCase() === s.main.fullName.toLowerCase(),
    )
    .filter((p) => revParse(s.gitDir, `refs/heads/${p.spec.head}`) === r.head_sha)
    .map((p) => ({
      id: p.id,
      number: p.spec.number,
      url: s.repoApi(repo, `/pulls/${p.spec.number}`),
      head: {
        ref: p.spec.head,
        sha: r.head_sha,
        repo: { id: repo.id, url: s.repoApi(repo), name: repo.name },
      },
      base: {
        ref: p.spec.base,
        sha: s.branchSha(p.spec.base),
        repo: { id: repo.id, url: s.repoApi(repo), name: repo.name },
      },
    }));
  return {
    id: r.id,
    head_sha: r.head_sha,
    node_id: nodeId("CheckRun", r.id),
    external_id: r.external_id ?? "",
    url,
    html_url: html,
    details_url: r.details_url ?? html,
    status: r.status,
    conclusion: r.conclusion,
    started_at: r.started_at,
    completed_at: r.completed_at,
    output: {
      title: r.output.title ?? null,
      summary: r.output.summary ?? null,
      text: r.output.text ?? null,
      annotations_count: r.output.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    name: r.name,
    check_suite: { id: r.check_suite_id },
    app: app(s),
    pull_requests: prs,
  };
}

/** GitHub's rules for a check run's output and annotations beyond the schema. */
export function checkOutput(
  s: ServerImpl,
  output: BodyOf<"checks/create">["output"] | BodyOf<"checks/update">["output"],
  headSha: string,
): void {
  if (!output) return;
  const anns: CheckAnnotation[] = output.annotations ?? [];
  if (anns.length > ANNOTATIONS_PER_REQUEST) {
    throw new HttpError(
      422,
      errorBody(
        422,
        `Invalid request.\n\nOnly ${ANNOTATIONS_PER_REQUEST} annotations are allowed per request.`,
      ),
      `limit: check run: ${anns.length} annotations in one request (at most ${ANNOTATIONS_PER_REQUEST})`,
    );
  }
  for (const [k, max] of [
    ["summary", TEXT_LIMIT],
    ["text", TEXT_LIMIT],
  ] as const) {
    if (typeof output[k] === "string" && output[k].length > max) {
      throw new HttpError(
        422,
        errorBody(
          422,
          `Invalid request.\n\noutput.${k} is too long (maximum is ${max} characters).`,
        ),
        `limit: check run output.${k} has ${output[k].length} characters (at most ${max})`,
      );
    }
  }
  let paths: Set<string> | undefined;
  anns.forEach((a, i) => {
    const bad = (msg: string): never => {
      throw new HttpError(
        422,
        errorBody(422, `Invalid request.\n\n${msg}`),
        `limit: check run annotation ${i}: ${msg}`,
      );
    };
    if (a.start_line < 1 || a.end_line < 1) bad("start_line and end_line must be at least 1");
    if (a.end_line < a.start_line)
      bad(`end_line ${a.end_line} is before start_line ${a.start_line}`);
    if (
      (a.start_column !== undefined || a.end_column !== undefined) &&
      a.start_line !== a.end_line
    ) {
      bad("start_column and end_column may only be given when start_line and end_line are equal");
    }
    if (a.start_column !== undefined && a.end_column !== undefined && a.end_column < a.start_column)
      bad("end_column is before start_column");
    if (typeof a.message === "string" && Buffer.byteLength(a.message) > 64 * 1024)
      bad("message is larger than 64 KB");
    if (typeof a.raw_details === "string" && Buffer.byteLength(a.raw_details) > 64 * 1024)
      bad("raw_details is larger than 64 KB");
    if (typeof a.title === "string" && a.title.length > 255)
      bad("title is longer than 255 characters");
    if (typeof a.path === "string" && (a.path.startsWith("/") || a.path.startsWith("./"))) {
      s.warnings.push(
        `check run annotation ${i}: path ${a.path} is not relative to the repository root`,
      );
    }
    paths ??= new Set(
      git(["ls-tree", "-r", "--name-only", "-z", headSha], { gitDir: s.gitDir }).split("\0"),
    );
    if (!paths.has(a.path))
      s.warnings.push(`check run annotation ${i}: ${a.path} does not exist at ${headSha}`);
  });
}

/** Only GitHub sets a check run's conclusion to "stale" (the request schema allows it). */
function notStale<C>(conclusion: C | "stale", op: string): asserts conclusion is C {
  if (conclusion === "stale")
    throw new HttpError(
      422,
      errorBody(422, "Invalid request.\n\nOnly GitHub can set a check run's conclusion to stale."),
      `limit: ${op}: conclusion stale`,
    );
}

export function createCheckRun(s: ServerImpl, c: Ctx<BodyOf<"checks/create">>): Result {
  const b = c.body;
  const sha = SHA_RE.test(b.head_sha) && s.objectType(b.head_sha) === "commit" ? b.head_sha : null;
  if (!sha) {
    throw new HttpError(
      422,
      errorBody(422, `No commit found for SHA: ${b.head_sha}`),
      SHA_RE.test(b.head_sha)
        ? undefined
        : `limit: checks/create: head_sha ${b.head_sha} is not a full commit sha`,
    );
  }
  checkOutput(s, b.output, sha);
  notStale(b.conclusion, "checks/create");
  let status: CheckRunInternal["status"] = b.status ?? "queued";
  if (b.conclusion !== undefined) status = "completed";
  if ((status === "completed" || b.completed_at !== undefined) && b.conclusion === undefined) {
    throw new HttpError(
      422,
      errorBody(
        422,
        'Invalid request.\n\n"conclusion" is required when "status" is "completed" or "completed_at" is given.',
      ),
      "limit: checks/create: completed without conclusion",
    );
  }
  const now = isoNow();
  const r: CheckRunInternal = {
    id: s.nextId++,
    name: b.name,
    head_sha: sha,
    status,
    conclusion: b.conclusion ?? null,
    output: {
      title: b.output?.title,
      summary: b.output?.summary,
      text: b.output?.text,
      annotations: [...(b.output?.annotations ?? [])],
    },
    started_at: b.started_at ?? now,
    completed_at: status === "completed" ? (b.completed_at ?? now) : null,
    details_url: b.details_url ?? null,
    external_id: b.external_id ?? null,
    check_suite_id: stableInt(`suite:${sha}`),
  };
  s.state.checkRuns.push(r);
  return { status: 201, body: checkRunObject(s, c.repo, r) };
}

export function checkRun(s: ServerImpl, c: Ctx): CheckRunInternal {
  const r = s.state.checkRuns.find((x) => x.id === Number(c.params.check_run_id));
  if (!r || c.repo.fork) throw new HttpError(404, errorBody(404, "Not Found"));
  return r;
}

export function updateCheckRun(s: ServerImpl, c: Ctx<BodyOf<"checks/update">>): Result {
  const r = checkRun(s, c);
  const b = c.body;
  checkOutput(s, b.output, r.head_sha);
  let status: CheckRunInternal["status"] = b.status ?? r.status;
  if (b.conclusion !== undefined) status = "completed";
  notStale(b.conclusion, "checks/update");
  const conclusion = b.conclusion ?? r.conclusion;
  if ((status === "completed" || b.completed_at !== undefined) && conclusion === null) {
    throw new HttpError(
      422,
      errorBody(
        422,
        'Invalid request.\n\n"conclusion" is required when "status" is "completed" or "completed_at" is given.',
      ),
      "limit: checks/update: completed without conclusion",
    );
  }
  if (b.output) {
    if (b.output.summary === undefined && r.output.summary === undefined) {
      throw new HttpError(
        422,
        errorBody(422, 'Invalid request.\n\n"summary" wasn\'t supplied.'),
        "limit: checks/update: output without summary",
      );
    }
    if (b.output.title !== undefined) r.output.title = b.output.title;
    if (b.output.summary !== undefined) r.output.summary = b.output.summary;
    if (b.output.text !== undefined) r.output.text = b.output.text;
    r.output.annotations.push(...(b.output.annotations ?? []));
  }
  if (b.name !== undefined) r.name = b.name;
  if (b.details_url !== undefined) r.details_url = b.details_url;
  if (b.external_id !== undefined) r.external_id = b.external_id;
  if (b.started_at !== undefined) r.started_at = b.started_at;
  r.status = status;
  r.conclusion = status === "completed" ? conclusion : null;
  if (status === "completed") r.completed_at = b.completed_at ?? r.completed_at ?? isoNow();
  return { status: 200, body: checkRunObject(s, c.repo, r) };
}
