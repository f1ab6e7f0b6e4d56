import { defineConfig } from "vitest/config";

/** `npm run fuzz`: the long runs, not part of `npm test`. */
export default defineConfig({
  test: {
    include: ["test/fuzz/**/*.fuzz.ts", "test/props/**/*.test.ts"],
    testTimeout: 3_600_000,
  },
});
