import { main } from "../graph-seed/src/cli.ts";

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
