/**
 * Fails when a generated file (resolver types, the client's typed documents) is not what
 * `npm run codegen` would write from the current SDL and client operations: run by `npm run check`,
 * so a schema or operation change cannot be committed without its types.
 */
import fs from "node:fs";
import path from "node:path";
import { generate } from "@graphql-codegen/cli";
import prettier from "prettier";
import config from "../codegen.ts";

const outputs = (await generate({ ...config, silent: true }, false)) as {
  filename: string;
  content: string;
}[];
const stale: string[] = [];
for (const { filename, content } of outputs) {
  const file = path.resolve(filename);
  const options = { ...(await prettier.resolveConfig(file)), filepath: file };
  const expected = await prettier.format(content, options);
  const actual = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
  if (actual !== expected) stale.push(path.relative(process.cwd(), file));
}
if (stale.length > 0) {
  console.error(`Generated files are stale (run npm run codegen and commit them):\n  ${stale.join("\n  ")}`);
  process.exit(1);
}
console.log(`codegen: ${outputs.length} generated files are current`);
