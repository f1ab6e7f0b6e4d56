/**
 * The CLI as a process: real streams around runCli. Loaded by the bin (cli-entry.ts) once the
 * compile cache is on.
 */
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
// comes after the stdout written before it. Each text is encoded straight into the block: joining
// the texts first costs more than the rest of the JSON output when any of them has a character
// beyond Latin-1 (the check name `RestrictAddressFamilies=~…`).
const BLOCK = 64 * 1024;
const CAPACITY = 4 * BLOCK;
let block = Buffer.allocUnsafe(CAPACITY);
let size = 0;
const flush = (): void => {
  if (size === 0) return;
  // The stream may keep the buffer until it is written: the next block is a new one.
  process.stdout.write(block.subarray(0, size));
  block = Buffer.allocUnsafe(CAPACITY);
  size = 0;
};
const out = (text: string): void => {
  // At most three bytes of UTF-8 per UTF-16 unit.
  if (text.length * 3 > CAPACITY - size) {
    flush();
    if (text.length * 3 > CAPACITY) {
      process.stdout.write(text);
      return;
    }
  }
  size += block.write(text, size, "utf8");
  if (size >= BLOCK) flush();
};

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: out,
  stderr: (text) => {
    flush();
    process.stderr.write(text);
  },
  cwd: process.cwd(),
  drained: () =>
    process.stdout.writableNeedDrain
      ? once(process.stdout, "drain").then(() => undefined)
      : undefined,
});
flush();
