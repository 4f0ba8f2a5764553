// Dependency rules of Chain Atlas, checked by `npm run check` (depcruise). CONVENTIONS 16: the
// layering is encoded, so a cycle or an import in the wrong direction fails CI.
//
// The direction of the house:
//   scripts/ (composition roots: npm start, seed, db) → graph-seed/ → server/src/ ← client/ (generated types only)
//   test/ and bench/ may import anything; nothing imports them.
//
// Inside server/src/:
//   - capabilities: one folder per feature (alerts, alliances, audit, auth, chains, companies, dossier, gaps, geo, health,
//     lists, peers, pipeline, regions, system, targets, teams), each with its schema.graphql, resolvers, loaders and Cypher. A
//     capability imports another capability ONLY through that capability's `index.ts` (its public
//     functions) or `records.ts` (its record types, which import nothing that imports codegen's
//     types back), never its internals.
//   - shared modules, which any capability may import and which import no capability: common/,
//     db/, graph-writes/ (the one write path), security/ (transport guards and GraphQL limits),
//     config.ts, logger.ts, errors.ts, version.ts.
//     (generated/ is codegen's output: its resolver types name the capabilities' record types.)
//   - composition files at the root (context.ts, schema.ts, yoga.ts, app.ts) assemble the
//     capabilities: they may import a capability's loaders, resolvers and routes.
// Type-only imports count (tsPreCompilationDeps), so a type cycle is a cycle too.
const CAPABILITIES =
  "(alerts|alliances|audit|auth|chains|companies|dossier|gaps|geo|health|imports|lists|peers|pipeline|regions|system|targets|teams)";

export default {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Import cycles, type-only ones included, make modules impossible to read or move alone.",
      from: {},
      to: { circular: true },
    },
    {
      name: "server-stays-inside",
      severity: "error",
      comment:
        "The server is the bottom layer: it never imports the seed data, the client, tests or scripts.",
      from: { path: "^server/" },
      to: { path: "^(graph-seed|client|test|scripts|bench)/" },
    },
    {
      name: "graph-seed-uses-server-only",
      severity: "error",
      comment:
        "graph-seed is data plus a loader over the server's public modules; it never imports the client, tests or scripts.",
      from: { path: "^graph-seed/" },
      to: { path: "^(client|test|scripts|bench)/" },
    },
    {
      name: "client-uses-generated-types-only",
      severity: "error",
      comment: "The client talks to the server over HTTP; it may share only generated types.",
      from: { path: "^client/" },
      to: { path: "^(server|graph-seed|test|scripts|bench)/", pathNot: "^server/src/generated/" },
    },
    {
      name: "capability-through-its-index",
      severity: "error",
      comment:
        "A capability imports another only through that capability's index.ts or records.ts (its public face).",
      from: { path: `^server/src/${CAPABILITIES}/` },
      to: {
        path: `^server/src/${CAPABILITIES}/`,
        pathNot: ["^server/src/$1/", `^server/src/${CAPABILITIES}/(index|records)\\.ts$`],
      },
    },
    {
      name: "shared-modules-import-no-capability",
      severity: "error",
      comment: "Shared modules are below every capability: they import none.",
      from: {
        path: "^server/src/((common|db|graph-writes|security)/|(config|logger|errors|version)\\.ts$)",
      },
      to: { path: `^server/src/${CAPABILITIES}/` },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "An import that resolves to nothing.",
      from: {},
      // A types-only package (no runtime entry) that codegen's client output imports as types.
      to: { couldNotResolve: true, pathNot: "^@graphql-typed-document-node/core$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|dist|db/target|\\.data)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
    },
  },
};
