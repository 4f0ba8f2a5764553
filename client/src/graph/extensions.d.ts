// cytoscape-fcose ships no types; it is a standard Cytoscape extension (an Ext function).
declare module "cytoscape-fcose" {
  import type { Ext } from "cytoscape";
  const ext: Ext;
  export default ext;
}
