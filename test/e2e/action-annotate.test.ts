/**
 * Issue 12's proof: the built action against the local GitHub API server annotates weak
 * sandboxing where reviewers look: the unit on its [Service] line, the weak lines the pull
 * request adds, the regression's cause; the suggestion into the pull request's own drop-in; the
 * fork's workflow commands; 150 units in order (unit annotations first, most exposed first,
 * nothing dropped: the summary lists all). The annotations and API calls of each scenario are
 * printed at the end.
 */
import { afterAll, describe, expect, onTestFailed, test, vi } from "vitest";
import {
  checkout,
  createRepo,
  tempDir,
  type FixtureCommit,
  type RepoFixture,
} from "./git-fixture.js";
import {
  startGitHubServer,
  type GitHubServer,
  type GitHubServerOptions,
  type TokenSpec,
} from "./github-server.js";
import { E2E_TEST_TIMEOUT_MS, runAction, type ActionRun } from "./run-action.js";

// A hang detector, not a speed limit: see E2E_TEST_TIMEOUT_MS.
vi.setConfig({ testTimeout: E2E_TEST_TIMEOUT_MS, hookTimeout: E2E_TEST_TIMEOUT_MS });

const OWNER = "acme";
const REPO = "shop";
const WRITER = "ghs_E2eAnnotWriterTokAbc123Def456Ghi789J";
const READER = "ghs_E2eAnnotForkReadOnly987Zyx654Wvu32";
const TOKENS: Record<string, TokenSpec> = {
  [WRITER]: { checks: "write", contents: "read", pullRequests: "write", issues: "write" },
  [READER]: { checks: "read", contents: "read", pullRequests: "read", issues: "read" },
};

/** 7.0 MEDIUM as a new unit; [Service] on line 4; lines 6-11 set weak values. */
const WEAK = [
  "[Unit]",
  "Description=web",
  "",
  "[Service]",
  "ExecStart=/usr/bin/web",
  "ProtectSystem=no",
  "User=root",
  "RestrictAddressFamilies=AF_INET AF_PACKET",
  "CapabilityBoundingSet=CAP_SYS_ADMIN CAP_NET_BIND_SERVICE",
  "SystemCallFilter=~@mount",
  "PrivateNetwork=no",
  "",
].join("\n");
/** Hardened (a static user: DynamicUser= would imply some of these); ProtectSystem=strict on line 7, NoNewPrivileges=yes on line 11. */
const DB_HARDENED = [
  "[Unit]",
  "Description=db",
  "",
  "[Service]",
  "ExecStart=/usr/bin/db",
  "User=db",
  "ProtectSystem=strict",
  "ProtectHome=yes",
  "PrivateTmp=yes",
  "PrivateDevices=yes",
  "NoNewPrivileges=yes",
  "CapabilityBoundingSet=",
  "RestrictAddressFamilies=AF_UNIX",
  "SystemCallFilter=@system-service",
  "",
].join("\n");
const plain = (name: string) =>
  `[Unit]\nDescription=${name}\n\n[Service]\nExecStart=/usr/bin/${name}\n`;

// --- harness -----------------------------------------------------------------------------------

interface Row {
  scenario: string;
  annotations: string[];
  calls: string[];
}
const rows: Row[] = [];
const servers: GitHubServer[] = [];

afterAll(async () => {
  for (const s of servers) await s.close();
  console.log(
    rows
      .map(
        (r) =>
          `### ${r.scenario}\nannotations (level line: first words):\n${r.annotations.map((a) => `- ${a}`).join("\n")}\nAPI calls (${r.calls.length}): ${r.calls.join(", ")}`,
      )
      .join("\n\n"),
  );
});

async function serve(
  commits: FixtureCommit[],
  options: Partial<GitHubServerOptions> = {},
): Promise<{ repo: RepoFixture; server: GitHubServer }> {
  const repo = createRepo(tempDir(), commits);
  const server = await startGitHubServer({
    gitDir: repo.gitDir,
    owner: OWNER,
    repo: REPO,
    tokens: TOKENS,
    ...options,
  });
  servers.push(server);
  return { repo, server };
}

function workspace(repo: RepoFixture, sha: string): string {
  const ws = tempDir("hu-ws-");
  checkout(repo.gitDir, ws, sha, { git: true });
  return ws;
}

const ops = (server: GitHubServer, from = 0) =>
  server.requests.slice(from).map((r) => `${r.method} ${r.operationId ?? r.path}`);

async function act(
  server: GitHubServer,
  pull: number,
  o: { inputs?: Record<string, string>; token?: string; ws: string; env?: Record<string, string> },
): Promise<ActionRun & { calls: string[] }> {
  const before = server.requests.length;
  const run = await runAction({
    inputs: { "github-token": o.token ?? WRITER, ...o.inputs },
    env: o.env ?? server.pullRequestEnv(pull),
    event: server.pullRequestEvent(pull, "opened"),
    workspace: o.ws,
    timeoutMs: 300_000,
  });
  onTestFailed(() =>
    console.log(
      `--- the action's output (exit ${run.code}):\n${run.stdout}\n${run.stderr}\n--- requests:\n${ops(server, before).join("\n")}`,
    ),
  );
  expect(server.violations).toEqual([]);
  expect(server.responseViolations).toEqual([]);
  expect(run.stderr).toBe("");
  for (const t of Object.keys(TOKENS))
    expect(JSON.stringify([run.summary, server.state.checkRuns]).includes(t)).toBe(false);
  return { ...run, calls: ops(server, before) };
}

type Ann = {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: string;
  title: string;
  message: string;
};
const annotationsOf = (server: GitHubServer, i = -1): Ann[] =>
  server.state.checkRuns.at(i)!.output.annotations as Ann[];
const brief = (a: {
  annotation_level: string;
  path: string;
  start_line: number;
  message: string;
}) => `${a.annotation_level} ${a.path}:${a.start_line}: ${a.message.split("\n")[0]!.slice(0, 90)}`;
const where = (a: Ann) => [a.annotation_level, a.path, a.start_line, a.title];

// --- scenarios ---------------------------------------------------------------------------------

describe("a new weak unit", () => {
  const commits: FixtureCommit[] = [
    { branch: "main", files: { "README.md": "hello\n" }, message: "init" },
    { branch: "feature", from: "main", files: { "deploy/web.service": WEAK }, message: "add web" },
  ];

  test("fix: suggest: a warning on [Service], a notice on each weak line, the suggestion in the review", async () => {
    const { repo, server } = await serve(commits, {
      pulls: [{ number: 1, base: "main", head: "feature" }],
    });
    const run = await act(server, 1, { ws: workspace(repo, repo.branches.feature!) });
    expect(run.code).toBe(0);
    const cr = server.state.checkRuns[0]!;
    expect(cr.conclusion).toBe("success");
    const anns = annotationsOf(server);
    expect(anns.map(where)).toEqual([
      ["warning", "deploy/web.service", 4, "harden-units: web.service 7.0 MEDIUM"],
      ["notice", "deploy/web.service", 6, "harden-units: weak ProtectSystem="],
      ["notice", "deploy/web.service", 7, "harden-units: weak User="],
      ["notice", "deploy/web.service", 8, "harden-units: weak RestrictAddressFamilies="],
      ["notice", "deploy/web.service", 9, "harden-units: weak CapabilityBoundingSet="],
      ["notice", "deploy/web.service", 10, "harden-units: weak SystemCallFilter="],
      ["notice", "deploy/web.service", 11, "harden-units: weak PrivateNetwork="],
      ["warning", "deploy/web.service", 6, "widens-exposure"],
      ["warning", "deploy/web.service", 11, "widens-exposure"],
    ]);
    const unit = anns[0]!.message.split("\n");
    expect(unit[0]).toBe("web.service: exposure 7.0 MEDIUM (new).");
    expect(unit[1]).toBe(
      "Costliest checks: PrivateNetwork= 0.5 (line 11: `PrivateNetwork=no`); User=/DynamicUser= 0.4 (line 7: `User=root`); CapabilityBoundingSet=~CAP_SYS_ADMIN 0.3 (line 9: `CapabilityBoundingSet=CAP_SYS_ADMIN CAP_NET_BIND_SERVICE`).",
    );
    expect(unit[2]).toMatch(
      /^With the proposed drop-in `deploy\/web\.service\.d\/hardening\.conf`: \d\.\d; to get it, apply the review's suggestion, set `fix: commit`, comment `\/harden-units fix`, or run `npx harden-units fix deploy`\.$/,
    );
    expect(anns[1]!.message).toBe(
      "`ProtectSystem=no` leaves ProtectSystem= failing in web.service (Service has full access to the OS file hierarchy); it costs 0.2 of 7.0. Remedy: the proposed drop-in sets `ProtectSystem=full`.",
    );
    expect(cr.output.title).toBe("1 unit scored, highest exposure 7.0, 9 annotations");
    expect(
      server.state.reviewComments.map((c) => [c.path, c.body.includes("```suggestion")]),
    ).toEqual([["deploy/web.service", true]]);
    expect(run.summary).toContain("All 9 annotations");
    rows.push({
      scenario: "new weak unit, fix: suggest",
      annotations: anns.map(brief),
      calls: run.calls,
    });
  });

  test("fix: none: the same annotations, nothing else in the diff, no suggestion named", async () => {
    const { repo, server } = await serve(commits, {
      pulls: [{ number: 1, base: "main", head: "feature" }],
    });
    const run = await act(server, 1, {
      inputs: { fix: "none" },
      ws: workspace(repo, repo.branches.feature!),
    });
    expect(run.code).toBe(0);
    const anns = annotationsOf(server);
    expect(anns.map((a) => [a.annotation_level, a.start_line])).toEqual([
      ["warning", 4],
      ...[6, 7, 8, 9, 10, 11].map((n) => ["notice", n]),
      ["warning", 6],
      ["warning", 11],
    ]);
    expect(anns[0]!.message).toMatch(
      /to get it, set `fix: commit`, comment `\/harden-units fix`, or run `npx harden-units fix deploy`\.$/,
    );
    expect(server.state.reviews).toEqual([]);
    expect(server.state.reviewComments).toEqual([]);
    rows.push({
      scenario: "new weak unit, fix: none",
      annotations: anns.map(brief),
      calls: run.calls,
    });

    // annotate-exposure: never turns the unit's annotation off; the weak lines stay
    const never = await act(server, 1, {
      inputs: { fix: "none", "annotate-exposure": "never" },
      ws: workspace(repo, repo.branches.feature!),
    });
    expect(never.code).toBe(0);
    expect(annotationsOf(server).map((a) => a.annotation_level)).toEqual([
      ...Array(6).fill("notice"),
      "warning",
      "warning",
    ]);
  });
});

describe("a regression", () => {
  test("by removal: the failure on [Service] names each removed setting, its base line and cost; no line-1 annotation", async () => {
    const weakened = DB_HARDENED.replace("NoNewPrivileges=yes\n", "").replace(
      "ProtectSystem=strict\n",
      "",
    );
    const { repo, server } = await serve(
      [
        { branch: "main", files: { "deploy/db.service": DB_HARDENED }, message: "init" },
        {
          branch: "feature",
          from: "main",
          files: { "deploy/db.service": weakened },
          message: "weaken db",
        },
      ],
      { pulls: [{ number: 2, base: "main", head: "feature" }] },
    );
    const run = await act(server, 2, {
      inputs: { fix: "none" },
      ws: workspace(repo, repo.branches.feature!),
    });
    expect(run.code).toBe(1);
    const u = run.report!.units[0]!;
    const anns = annotationsOf(server);
    expect(anns.every((a) => a.start_line !== 1)).toBe(true);
    expect(anns.map(where)).toEqual([
      [
        "failure",
        "deploy/db.service",
        4,
        `harden-units: db.service ${u.exposure.toFixed(1)} ${u.level}`,
      ],
    ]);
    const lines = anns[0]!.message.split("\n");
    const base = u.baseExposure.toFixed(1);
    expect(u.exposure).toBeGreaterThan(u.baseExposure);
    expect(lines[0]).toBe(
      `db.service: exposure ${u.exposure.toFixed(1)} ${u.level} (base ${base} → ${u.exposure.toFixed(1)}).`,
    );
    expect(lines[1]).toBe(`Gate: exposure rose from ${base} to ${u.exposure.toFixed(1)}.`);
    expect(lines[2]).toMatch(
      /^Raised by: removing `ProtectSystem=strict` \(base line 7\) costs 0\.\d \(ProtectSystem=\); removing `NoNewPrivileges=yes` \(base line 11\) costs 0\.\d \(NoNewPrivileges=\)|^Raised by: removing `NoNewPrivileges=yes` \(base line 11\) costs 0\.\d \(NoNewPrivileges=\); removing `ProtectSystem=strict` \(base line 7\) costs 0\.\d \(ProtectSystem=\)/,
    );
    // the job summary shows the same per-check delta under the gate
    expect(run.summary).toMatch(
      /- deploy\/db\.service: exposure rose from \d\.\d to \d\.\d\n {2}- removing \\`(NoNewPrivileges=yes|ProtectSystem=strict)\\` \\\(base line (11|7)\\\) costs 0\.\d/,
    );
    expect(run.summary).toContain("removing \\`NoNewPrivileges=yes\\` \\(base line 11\\)");
    expect(run.summary).toContain("removing \\`ProtectSystem=strict\\` \\(base line 7\\)");
    rows.push({
      scenario: "regression by removal",
      annotations: anns.map(brief),
      calls: run.calls,
    });
  });

  test("by a changed line: a failure on that line naming the check and its cost, and on [Service]", async () => {
    const changed = DB_HARDENED.replace("ProtectSystem=strict\n", "ProtectSystem=no\n");
    const { repo, server } = await serve(
      [
        { branch: "main", files: { "deploy/db.service": DB_HARDENED }, message: "init" },
        {
          branch: "feature",
          from: "main",
          files: { "deploy/db.service": changed },
          message: "db writes /usr",
        },
      ],
      { pulls: [{ number: 3, base: "main", head: "feature" }] },
    );
    const run = await act(server, 3, {
      inputs: { fix: "none" },
      ws: workspace(repo, repo.branches.feature!),
    });
    expect(run.code).toBe(1);
    const u = run.report!.units[0]!;
    const anns = annotationsOf(server);
    expect(anns.map((a) => [a.annotation_level, a.start_line, a.title])).toEqual([
      ["failure", 4, `harden-units: db.service ${u.exposure.toFixed(1)} ${u.level}`],
      ["failure", 7, "harden-units: db.service exposure rose"],
      ["warning", 7, "widens-exposure"],
    ]);
    expect(anns[0]!.message).toContain(
      "Raised by: `ProtectSystem=no` (line 7, was `ProtectSystem=strict`) costs 0.2 (ProtectSystem=).",
    );
    expect(anns[1]!.message).toBe(
      `\`ProtectSystem=no\` raises the exposure of db.service (exposure rose from ${u.baseExposure.toFixed(1)} to ${u.exposure.toFixed(1)}): ProtectSystem= 0.2.`,
    );
    // the untouched lines of the unit stay quiet: no notice
    expect(anns.filter((a) => a.annotation_level === "notice")).toEqual([]);
    rows.push({
      scenario: "regression by a changed line",
      annotations: anns.map(brief),
      calls: run.calls,
    });
  });
});

test("a drop-in-only pull request: the unit's annotation on the drop-in, the suggestion into it", async () => {
  const { repo, server } = await serve(
    [
      { branch: "main", files: { "deploy/web.service": plain("web") }, message: "init" },
      {
        branch: "feature",
        from: "main",
        files: {
          "deploy/web.service.d/override.conf": "[Service]\nPrivateTmp=yes\nProtectSystem=no\n",
        },
        message: "override web",
      },
    ],
    { pulls: [{ number: 4, base: "main", head: "feature" }] },
  );
  const run = await act(server, 4, { ws: workspace(repo, repo.branches.feature!) });
  expect(run.code).toBe(0);
  const u = run.report!.units[0]!;
  const anns = annotationsOf(server);
  expect(anns.map(where)).toEqual([
    [
      "warning",
      "deploy/web.service.d/override.conf",
      1,
      `harden-units: web.service ${u.exposure.toFixed(1)} ${u.level}`,
    ],
    ["notice", "deploy/web.service.d/override.conf", 3, "harden-units: weak ProtectSystem="],
    ["warning", "deploy/web.service.d/override.conf", 3, "widens-exposure"],
  ]);
  expect(anns[0]!.message.split("\n")[0]).toBe(
    `web.service: exposure ${u.exposure.toFixed(1)} ${u.level} (base 9.6 → ${u.exposure.toFixed(1)}).`,
  );
  // one review, its suggestion in the pull request's own drop-in; no file comment proposing a second file
  expect(
    server.state.reviewComments.map((c) => [c.path, c.line, c.body.includes("```suggestion")]),
  ).toEqual([["deploy/web.service.d/override.conf", 2, true]]);
  expect(server.state.reviewComments[0]!.body).toContain(
    "the `[Service]` section of this pull request's drop-in `deploy/web.service.d/override.conf`",
  );
  expect(server.state.issueComments).toEqual([]);
  rows.push({
    scenario: "drop-in-only pull request",
    annotations: anns.map(brief),
    calls: run.calls,
  });
});

/** 150 units whose exposures spread over 5.x-9.6: unit i leaves out the hardening lines of i's bits. */
function manyUnits(): Record<string, string> {
  const extras = [
    "PrivateTmp=yes",
    "ProtectHome=yes",
    "NoNewPrivileges=yes",
    "PrivateDevices=yes",
    "ProtectKernelTunables=yes",
    "ProtectControlGroups=yes",
    "RestrictRealtime=yes",
    "LockPersonality=yes",
  ];
  const out: Record<string, string> = {};
  for (let i = 0; i < 150; i++) {
    const lines = extras.filter((_, b) => (i >> b) & 1);
    out[`deploy/u${String(i).padStart(3, "0")}.service`] =
      `[Unit]\nDescription=u${i}\n\n[Service]\nExecStart=/usr/bin/u${i}\n${lines.join("\n")}${i % 10 === 0 ? "\nDelegate=yes" : ""}\n`;
  }
  return out;
}

describe("a 150-unit pull request", () => {
  const commits: FixtureCommit[] = [
    { branch: "main", files: { "README.md": "x\n" }, message: "init" },
    { branch: "big", from: "main", files: manyUnits(), message: "150 units" },
  ];

  test("the check run: every annotation, 50 per request, unit annotations first, most exposed first", async () => {
    const { repo, server } = await serve(commits, {
      pulls: [{ number: 5, base: "main", head: "big" }],
    });
    const run = await act(server, 5, {
      inputs: { fix: "none" },
      ws: workspace(repo, repo.branches.big!),
    });
    expect(run.code).toBe(0);
    const anns = annotationsOf(server);
    const units = anns.filter((a) => a.title.startsWith("harden-units: u"));
    expect(units).toHaveLength(150);
    expect(anns.slice(0, 150)).toEqual(units);
    const exposures = units.map((a) => Number(/ (\d\.\d) [A-Z]+$/.exec(a.title)![1]));
    expect(exposures).toEqual([...exposures].sort((a, b) => b - a));
    expect(exposures[0]).toBe(9.6);
    expect(
      anns
        .slice(150)
        .every((a) => a.annotation_level === "notice" || a.title === "widens-exposure"),
    ).toBe(true);
    // 15 units with Delegate=yes: a notice and a lint warning each
    expect(anns.filter((a) => a.title === "widens-exposure")).toHaveLength(15);
    const requests = run.calls.filter(
      (c) => c.startsWith("POST checks/create") || c.startsWith("PATCH checks/update"),
    );
    expect(requests).toEqual([
      "POST checks/create",
      ...Array(Math.ceil(anns.length / 50) - 1).fill("PATCH checks/update"),
    ]);
    expect(server.state.checkRuns[0]!.output.title).toBe(
      `150 units scored, highest exposure 9.6, ${anns.length} annotations`,
    );
    expect(run.summary).toContain(`All ${anns.length} annotations`);
    rows.push({
      scenario: `150-unit pull request, check run (${anns.length} annotations)`,
      annotations: [...anns.slice(0, 3), ...anns.slice(148, 152)].map(brief),
      calls: [...new Set(run.calls)].map((c) => `${c} ×${run.calls.filter((x) => x === c).length}`),
    });
  });

  test("on a fork: workflow commands, the 10 most exposed units' warnings shown, the summary lists everything", async () => {
    const { repo, server } = await serve(commits, {
      pulls: [{ number: 6, base: "main", head: "big", headRepo: "someone/shop", user: "someone" }],
    });
    const env = server.pullRequestEnv(6);
    const run = await act(server, 6, { token: READER, env, ws: workspace(repo, env.GITHUB_SHA!) });
    expect(run.code).toBe(0);
    expect(server.state.checkRuns).toEqual([]);
    const shown = run.commands.filter((c) => c.props.file);
    const warnings = shown.filter((c) => c.kind === "warning");
    expect(warnings).toHaveLength(10);
    // the ten most exposed of the 150 units
    const top = run
      .report!.units.map((u) => u.exposure as number)
      .sort((a: number, b: number) => b - a)
      .slice(0, 10);
    expect(
      warnings.map((c) =>
        Number(/^harden-units: u\d{3}\.service (\d\.\d) [A-Z]+$/.exec(c.props.title!)![1]),
      ),
    ).toEqual(top);
    expect(warnings.map((c) => c.props.line)).toEqual(Array(10).fill("4"));
    expect(shown.filter((c) => c.kind === "notice")).toHaveLength(10);
    const total = Number(/All (\d+) annotations/.exec(run.summary)![1]);
    expect(run.summary).toContain(
      `GitHub shows 10 annotations of each kind per step; ${total - 20} more are listed in the job summary.`,
    );
    for (let i = 0; i < 150; i++)
      expect(run.summary).toMatch(
        new RegExp(
          `deploy/u${String(i).padStart(3, "0")}\\.service:4\`\\]\\([^)]*\\) \\*\\*harden-units: u${String(i).padStart(3, "0")}\\.service`,
        ),
      );
    rows.push({
      scenario: `150-unit pull request on a fork (${total} annotations, 20 shown)`,
      annotations: shown
        .slice(0, 3)
        .map(
          (c) =>
            `${c.kind} ${c.props.file}:${c.props.line}: ${c.message.split("\n")[0]!.slice(0, 90)}`,
        ),
      calls: [...new Set(run.calls)].map((c) => `${c} ×${run.calls.filter((x) => x === c).length}`),
    });
  });
});

test("a fork: the weak unit's annotations as workflow commands", async () => {
  const { repo, server } = await serve(
    [
      { branch: "main", files: { "README.md": "x\n" }, message: "init" },
      {
        branch: "contrib",
        from: "main",
        files: { "deploy/web.service": WEAK },
        message: "add web",
      },
    ],
    {
      pulls: [
        { number: 7, base: "main", head: "contrib", headRepo: "someone/shop", user: "someone" },
      ],
    },
  );
  const env = server.pullRequestEnv(7);
  const run = await act(server, 7, { token: READER, env, ws: workspace(repo, env.GITHUB_SHA!) });
  expect(run.code).toBe(0);
  const shown = run.commands.filter((c) => c.props.file);
  expect(shown.map((c) => [c.kind, c.props.line, c.props.title])).toEqual([
    ["warning", "4", "harden-units: web.service 7.0 MEDIUM"],
    ...[
      "ProtectSystem",
      "User",
      "RestrictAddressFamilies",
      "CapabilityBoundingSet",
      "SystemCallFilter",
      "PrivateNetwork",
    ].map((k, i) => ["notice", String(6 + i), `harden-units: weak ${k}=`]),
    ["warning", "6", "widens-exposure"],
    ["warning", "11", "widens-exposure"],
  ]);
  expect(shown[0]!.message.split("\n")[0]).toBe("web.service: exposure 7.0 MEDIUM (new).");
  expect(run.summary).toContain("The token may not write check runs");
  rows.push({
    scenario: "fork (workflow commands)",
    annotations: shown.map(
      (c) => `${c.kind} ${c.props.file}:${c.props.line}: ${c.message.split("\n")[0]!.slice(0, 90)}`,
    ),
    calls: run.calls,
  });
});
