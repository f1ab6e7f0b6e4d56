#!/usr/bin/env node
import { once } from "node:events";
import { runCli } from "./cli.js";

// A reader that stops early (`harden-units scan | head`): stop quietly, as Unix tools do on SIGPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(141);
    throw e;
  });
}

// Output goes out in blocks of 64 KiB rather than a write per unit; stderr (the gate's line)
// comes after the stdout written before it.
const BLOCK = 64 * 1024;
let pending: string[] = [];
let size = 0;
const flush = (): void => {
  if (size === 0) return;
  process.stdout.write(pending.join(""));
  pending = [];
  size = 0;
};

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => {
    pending.push(text);
    size += text.length;
    if (size >= BLOCK) flush();
  },
  stderr: (text) => {
    flush();
    process.stderr.write(text);
  },
  cwd: process.cwd(),
  drained: () => (process.stdout.writableNeedDrain ? once(process.stdout, "drain").then(() => undefined) : undefined),
});
flush();
