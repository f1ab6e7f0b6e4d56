/** Pull request reviews and review comments, placed in the diff as GitHub places them. */
import type { BodyOf, Ctx, RepoCtx, Result, Schema } from "./context.js";
import type { DiffFile, Hunk } from "./diff.js";
import { pull, pullShas } from "./pulls.js";
import type { PullState, ServerImpl } from "./server.js";
import type { ReviewCommentState, ReviewState } from "./types.js";
import { association, user } from "./users.js";
import { errorBody, HttpError, isoNow, nodeId, SHA_RE } from "./util.js";

export function reviewObject(
  s: ServerImpl,
  repo: RepoCtx,
  r: ReviewState,
): Schema<"pull-request-review"> {
  const pr = s.repoApi(repo, `/pulls/${r.pull}`);
  const html = `${s.htmlBase}/${repo.fullName}/pull/${r.pull}#pullrequestreview-${r.id}`;
  const state =
    {
      APPROVE: "APPROVED",
      REQUEST_CHANGES: "CHANGES_REQUESTED",
      COMMENT: "COMMENTED",
      PENDING: "PENDING",
    }[r.event] ?? r.event;
  return {
    id: r.id,
    node_id: nodeId("PullRequestReview", r.id),
    user: user(s, r.user),
    body: r.body,
    state,
    html_url: html,
    pull_request_url: pr,
    author_association: association(s, r.user),
    _links: { html: { href: html }, pull_request: { href: pr } },
    commit_id: r.commit_id,
    ...(r.submitted_at && { submitted_at: r.submitted_at }),
  };
}

export function reviewCommentObject(
  s: ServerImpl,
  repo: RepoCtx,
  rc: ReviewCommentState,
): Schema<"pull-request-review-comment"> {
  const url = s.repoApi(repo, `/pulls/comments/${rc.id}`);
  const pr = s.repoApi(repo, `/pulls/${rc.pull}`);
  const html = `${s.htmlBase}/${repo.fullName}/pull/${rc.pull}#discussion_r${rc.id}`;
  return {
    url,
    pull_request_review_id: rc.review_id,
    id: rc.id,
    node_id: nodeId("PullRequestReviewComment", rc.id),
    diff_hunk: rc.diff_hunk,
    path: rc.path,
    commit_id: rc.commit_id,
    original_commit_id: rc.commit_id,
    user: user(s, rc.user),
    body: rc.body,
    created_at: rc.created_at,
    updated_at: rc.updated_at,
    html_url: html,
    pull_request_url: pr,
    author_association: association(s, rc.user),
    _links: { self: { href: url }, html: { href: html }, pull_request: { href: pr } },
    reactions: {
      url: `${url}/reactions`,
      total_count: 0,
      "+1": 0,
      "-1": 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0,
    },
    subject_type: rc.subject_type ?? "line",
    ...(rc.subject_type !== "file" && {
      position: rc.position,
      original_position: rc.position,
      start_line: rc.start_line ?? null,
      original_start_line: rc.start_line ?? null,
      start_side: rc.start_line !== undefined ? (rc.start_side ?? "RIGHT") : null,
      line: rc.line,
      original_line: rc.line,
      side: rc.side ?? "RIGHT",
    }),
    ...(rc.in_reply_to_id !== undefined && { in_reply_to_id: rc.in_reply_to_id }),
  };
}

/** The diff a review comment is checked against: the PR at `commitId`. */
export function reviewDiff(
  s: ServerImpl,
  p: PullState,
  commitId: string | undefined,
): { files: DiffFile[]; commit: string } {
  const { base, head } = pullShas(s, p);
  if (commitId === undefined || commitId === head) {
    const mb = s.mergeBase(base, head) ?? base;
    return { files: s.diff(mb, head), commit: head };
  }
  const sha = SHA_RE.test(commitId) && s.objectType(commitId) === "commit" ? commitId : null;
  if (!sha)
    throw new HttpError(
      422,
      errorBody(422, "Unprocessable Entity", undefined, {
        errors: [`No commit found for SHA: ${commitId}`],
      }),
      `limit: review on unknown commit_id ${commitId}`,
    );
  const mb = s.mergeBase(base, sha) ?? base;
  if (!s.isAncestor(sha, head) || sha === mb) {
    throw new HttpError(
      422,
      errorBody(422, "Unprocessable Entity", undefined, {
        errors: ["commit_id is not part of the pull request"],
      }),
      `limit: review commit_id ${commitId} is not part of pull request #${p.spec.number}`,
    );
  }
  return { files: s.diff(mb, sha), commit: sha };
}

/** Where a comment goes, as pulls/create-review's comments and pulls/create-review-comment say. */
type CommentPlace = NonNullable<BodyOf<"pulls/create-review">["comments"]>[number] & {
  subject_type?: string;
  side?: string;
  start_line?: number;
  start_side?: string;
};

type Side = "LEFT" | "RIGHT";

/** A comment placed in the diff: its position (a line comment), hunk, file and sides. */
interface Placed {
  position?: number;
  diff_hunk: string;
  file: DiffFile;
  side: Side;
  start_side: Side;
}

/**
 * Places one review comment in the diff as GitHub does, or returns GitHub's error: the path must
 * be in the diff, `line` (and `start_line`) inside a hunk on its side, a range inside one hunk.
 */
export function placeComment(files: DiffFile[], cm: CommentPlace): { error: string } | Placed {
  const file = files.find((f) => f.filename === cm.path);
  if (!file) return { error: "Path could not be resolved" };
  if (cm.subject_type === "file") {
    return {
      file,
      diff_hunk: file.patchLines.slice(0, Math.min(file.patchLines.length, 4)).join("\n"),
      side: "RIGHT",
      start_side: "RIGHT",
    };
  }
  if (cm.line === undefined && cm.position !== undefined) {
    const pos: number = cm.position;
    const hunk = file.hunks.find((h) => h.lines.some((l) => l.position === pos));
    if (!hunk) return { error: "Position could not be resolved" };
    const side = cm.side === "LEFT" ? "LEFT" : "RIGHT";
    return {
      file,
      position: pos,
      diff_hunk: file.patchLines.slice(hunk.headerIndex, pos + 1).join("\n"),
      side,
      start_side: side,
    };
  }
  if (cm.line === undefined) return { error: "Line could not be resolved" };
  const side = cm.side ?? "RIGHT";
  const find = (line: number, s: Side): { hunk: Hunk; pos: number } | null => {
    for (const h of file.hunks) {
      for (const l of h.lines) {
        if (l.kind === "\\") continue;
        const n = s === "LEFT" ? l.oldLine : l.newLine;
        if (n === line && (s === "LEFT" ? l.kind !== "+" : l.kind !== "-"))
          return { hunk: h, pos: l.position };
      }
    }
    return null;
  };
  if (side !== "LEFT" && side !== "RIGHT") return { error: `side must be LEFT or RIGHT` };
  const end = find(cm.line, side);
  if (!end) return { error: "Line could not be resolved" };
  if (cm.start_line !== undefined) {
    const startSide = cm.start_side ?? side;
    if (startSide !== "LEFT" && startSide !== "RIGHT")
      return { error: `start_side must be LEFT or RIGHT` };
    const start = find(cm.start_line, startSide);
    if (!start) return { error: "Start line could not be resolved" };
    if (start.hunk !== end.hunk)
      return {
        error: "pull_request_review_thread.start_line must be part of the same hunk as the line.",
      };
    if (start.pos >= end.pos)
      return { error: "pull_request_review_thread.start_line must precede the end line." };
  }
  return {
    file,
    position: end.pos,
    diff_hunk: file.patchLines.slice(end.hunk.headerIndex, end.pos + 1).join("\n"),
    side,
    start_side: cm.start_side === "LEFT" || cm.start_side === "RIGHT" ? cm.start_side : side,
  };
}

export function createReview(s: ServerImpl, c: Ctx<BodyOf<"pulls/create-review">>): Result {
  const p = pull(s, c);
  const b = c.body;
  const login = c.token!.login;
  const event: string = b.event ?? "PENDING";
  s.checkBodyLength(b.body, "PullRequestReview");
  const comments: CommentPlace[] = b.comments ?? [];
  const simpleError = (errors: string[], violation?: string): never => {
    throw new HttpError(
      422,
      errorBody(422, "Unprocessable Entity", undefined, { errors }),
      violation,
    );
  };
  if (event === "APPROVE" && login === "github-actions[bot]")
    simpleError(["GitHub Actions is not permitted to approve pull requests."]);
  if (
    (event === "APPROVE" || event === "REQUEST_CHANGES") &&
    login === (p.spec.user ?? "octocat")
  ) {
    simpleError([
      `Review Can not ${event === "APPROVE" ? "approve" : "request changes on"} your own pull request`,
    ]);
  }
  if ((event === "REQUEST_CHANGES" || event === "COMMENT") && !b.body && comments.length === 0) {
    simpleError(
      [`Review body is required when the event is ${event}.`],
      `limit: pulls/create-review: ${event} without body or comments`,
    );
  }
  if (
    event === "PENDING" &&
    s.state.reviews.some(
      (r) => r.pull === p.spec.number && r.user === login && r.event === "PENDING",
    )
  ) {
    simpleError(["User can only have one pending review per pull request"]);
  }
  const { files, commit } = reviewDiff(s, p, b.commit_id);
  const placed = comments.map((cm, i) => {
    s.checkBodyLength(cm.body, "PullRequestReviewComment");
    const r = placeComment(files, cm);
    if ("error" in r) {
      simpleError(
        [r.error],
        `limit: pulls/create-review: comments[${i}] (${cm.path}${cm.start_line !== undefined ? `:${cm.start_line}-` : ":"}${cm.line ?? cm.position ?? "file"} ${cm.side ?? "RIGHT"}): ${r.error} - GitHub rejects the whole review`,
      );
    }
    return r as Exclude<typeof r, { error: string }>;
  });
  const now = isoNow();
  const review: ReviewState = {
    id: s.nextId++,
    pull: p.spec.number,
    event,
    body: b.body ?? "",
    comments: [],
    user: login,
    commit_id: commit,
    ...(event !== "PENDING" ? { submitted_at: now } : {}),
  };
  comments.forEach((cm, i) => {
    const pl = placed[i]!;
    const rc: ReviewCommentState = {
      id: s.nextId++,
      pull: p.spec.number,
      path: cm.path,
      body: cm.body,
      commit_id: commit,
      user: login,
      review_id: review.id,
      diff_hunk: pl.diff_hunk,
      created_at: now,
      updated_at: now,
      subject_type: cm.subject_type === "file" ? "file" : "line",
      ...(cm.subject_type !== "file"
        ? {
            line: cm.line ?? lineAtPosition(pl.file, pl.position!),
            side: pl.side,
            position: pl.position,
            ...(cm.start_line !== undefined
              ? { start_line: cm.start_line, start_side: pl.start_side }
              : {}),
          }
        : {}),
    };
    s.state.reviewComments.push(rc);
    review.comments.push(rc.id);
  });
  s.state.reviews.push(review);
  return { status: 200, body: reviewObject(s, c.repo, review) };
}

export function lineAtPosition(file: DiffFile, pos: number): number | undefined {
  for (const h of file.hunks)
    for (const l of h.lines) if (l.position === pos) return l.newLine ?? l.oldLine;
  return undefined;
}

export function listReviewComments(s: ServerImpl, c: Ctx): Result {
  const p = pull(s, c);
  let list = s.state.reviewComments.filter((x) => x.pull === p.spec.number);
  if (c.query.since) list = list.filter((x) => x.updated_at >= c.query.since!);
  const key = c.query.sort === "updated" ? "updated_at" : "created_at";
  list = [...list].sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : a.id - b.id));
  if (c.query.direction === "desc") list.reverse();
  const page = s.paginate(c, list);
  return {
    status: 200,
    body: page.items.map((x) => reviewCommentObject(s, c.repo, x)),
    headers: page.headers,
  };
}

export function createReviewComment(
  s: ServerImpl,
  c: Ctx<BodyOf<"pulls/create-review-comment">>,
): Result {
  const p = pull(s, c);
  const b = c.body;
  const login = c.token!.login;
  s.checkBodyLength(b.body, "PullRequestReviewComment");
  const now = isoNow();
  if (b.in_reply_to !== undefined) {
    const parent = s.state.reviewComments.find(
      (x) => x.id === b.in_reply_to && x.pull === p.spec.number,
    );
    if (!parent) throw new HttpError(404, errorBody(404, "Not Found"));
    const rc: ReviewCommentState = {
      ...parent,
      id: s.nextId++,
      body: b.body,
      user: login,
      in_reply_to_id: parent.in_reply_to_id ?? parent.id,
      created_at: now,
      updated_at: now,
      review_id: s.nextId++,
    };
    s.state.reviewComments.push(rc);
    return { status: 201, body: reviewCommentObject(s, c.repo, rc) };
  }
  const { files, commit } = reviewDiff(s, p, b.commit_id);
  const r = placeComment(files, b);
  if ("error" in r) {
    const field = /start/i.test(r.error)
      ? "pull_request_review_thread.start_line"
      : /Path/.test(r.error)
        ? "pull_request_review_thread.path"
        : "pull_request_review_thread.line";
    const message =
      r.error === "Line could not be resolved"
        ? "pull_request_review_thread.line must be part of the diff"
        : r.error === "Start line could not be resolved"
          ? "pull_request_review_thread.start_line must be part of the diff"
          : r.error;
    throw new HttpError(
      422,
      errorBody(422, "Validation Failed", undefined, {
        errors: [{ resource: "PullRequestReviewComment", code: "custom", field, message }],
      }),
      `limit: pulls/create-review-comment (${b.path}:${b.line ?? "file"}): ${message}`,
    );
  }
  const review: ReviewState = {
    id: s.nextId++,
    pull: p.spec.number,
    event: "COMMENT",
    body: "",
    comments: [],
    user: login,
    commit_id: commit,
    submitted_at: now,
  };
  const rc: ReviewCommentState = {
    id: s.nextId++,
    pull: p.spec.number,
    path: b.path,
    body: b.body,
    commit_id: commit,
    user: login,
    review_id: review.id,
    diff_hunk: r.diff_hunk,
    created_at: now,
    updated_at: now,
    subject_type: b.subject_type === "file" ? "file" : "line",
    ...(b.subject_type !== "file"
      ? {
          line: b.line ?? lineAtPosition(r.file, r.position!),
          side: r.side,
          position: r.position,
          ...(b.start_line !== undefined
            ? { start_line: b.start_line, start_side: r.start_side }
            : {}),
        }
      : {}),
  };
  review.comments.push(rc.id);
  s.state.reviews.push(review);
  s.state.reviewComments.push(rc);
  return { status: 201, body: reviewCommentObject(s, c.repo, rc) };
}

export function reviewComment(s: ServerImpl, c: Ctx): ReviewCommentState {
  const rc = s.state.reviewComments.find((x) => x.id === Number(c.params.comment_id));
  if (!rc || c.repo.fork) throw new HttpError(404, errorBody(404, "Not Found"));
  return rc;
}

export function updateReviewComment(
  s: ServerImpl,
  c: Ctx<BodyOf<"pulls/update-review-comment">>,
): Result {
  const rc = reviewComment(s, c);
  s.checkBodyLength(c.body.body, "PullRequestReviewComment");
  rc.body = c.body.body;
  rc.updated_at = isoNow();
  return { status: 200, body: reviewCommentObject(s, c.repo, rc) };
}

export function deleteReviewComment(s: ServerImpl, c: Ctx): Result {
  const rc = reviewComment(s, c);
  s.state.reviewComments.splice(s.state.reviewComments.indexOf(rc), 1);
  for (const r of s.state.reviews) r.comments = r.comments.filter((id) => id !== rc.id);
  return { status: 204 };
}
