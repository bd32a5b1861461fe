// The relations network: graphology holds it, sigma.js draws it (WebGL), ForceAtlas2 lays it out; nodes sized by mentions,
// edges coloured by type and status. Clicking an edge asks for its evidence, clicking a node expands its relations.
import { MultiUndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import type { EntityBrief, RelationBrief, RelationType } from './api.js';

export const NODE_COLOR: Record<string, string> = { PERSON: '#6c3483', COUNTRY: '#9c640c', ORGANIZATION: '#117a65', PLACE: '#1f618d', EVENT: '#a93226' };
/** Edge colour by type and status; the legend shows the same table. */
export const EDGE_COLOR: Record<string, string> = {
  'MET_WITH:HAPPENED': '#1f5fbf',
  'MET_WITH:PLANNED': '#7fa8e6',
  'MET_WITH:REFUSED': '#c0392b',
  'ALLIED_WITH:STATED': '#1e8449',
  'ALLIED_WITH:HEDGED': '#d68910',
  CO_MENTIONED: '#9a9a9a',
};
export const edgeColor = (type: RelationType, status: string | null) => EDGE_COLOR[status ? `${type}:${status}` : type] ?? EDGE_COLOR[type] ?? '#555';

export interface EdgeInfo {
  key: string;
  type: RelationType;
  status: string | null;
  articleCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  source: EntityBrief;
  target: EntityBrief;
}

interface NodeAttrs {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  entity: EntityBrief;
  expanded: boolean;
}
interface EdgeAttrs {
  size: number;
  color: string;
  info: EdgeInfo;
}

const nodeSize = (mentions: number) => 4 + 3 * Math.log2(1 + Math.max(0, mentions));

export class NetworkView {
  readonly graph = new MultiUndirectedGraph<NodeAttrs, EdgeAttrs>();
  private readonly sigma: Sigma<NodeAttrs, EdgeAttrs>;
  /** Milliseconds the last layout took (also a Performance API measure named "network-layout"). */
  lastLayoutMs = 0;
  private killed = false;

  constructor(
    private readonly container: HTMLElement,
    handlers: { onEdge: (edge: EdgeInfo) => void; onNode: (entity: EntityBrief) => void },
  ) {
    this.sigma = new Sigma(this.graph, container, { enableEdgeEvents: true, labelRenderedSizeThreshold: 6, zIndex: true, stagePadding: 60 });
    this.sigma.on('clickEdge', ({ edge }) => handlers.onEdge(this.graph.getEdgeAttribute(edge, 'info')));
    this.sigma.on('clickNode', ({ node }) => handlers.onNode(this.graph.getNodeAttribute(node, 'entity')));
    this.sigma.on('enterEdge', () => (container.style.cursor = 'pointer'));
    this.sigma.on('leaveEdge', () => (container.style.cursor = ''));
    this.sigma.on('enterNode', () => (container.style.cursor = 'pointer'));
    this.sigma.on('leaveNode', () => (container.style.cursor = ''));
  }

  private ensureNode(e: EntityBrief, near?: { x: number; y: number }, index = 0, of = 1): void {
    if (this.graph.hasNode(e.id)) return;
    const angle = (2 * Math.PI * index) / Math.max(1, of);
    const x = (near?.x ?? 0) + Math.cos(angle) * (near ? 3 : 0);
    const y = (near?.y ?? 0) + Math.sin(angle) * (near ? 3 : 0);
    this.graph.addNode(e.id, { label: e.name, x, y, size: nodeSize(e.mentionCount), color: NODE_COLOR[e.type] ?? '#444', entity: e, expanded: false });
  }

  /** Adds one entity's relations around it; returns how many edges were new. */
  addRelations(center: EntityBrief, relations: RelationBrief[]): number {
    this.ensureNode(center);
    this.graph.setNodeAttribute(center.id, 'expanded', true);
    const at = { x: this.graph.getNodeAttribute(center.id, 'x'), y: this.graph.getNodeAttribute(center.id, 'y') };
    let added = 0;
    relations.forEach((r, i) => {
      this.ensureNode(r.other, at, i, relations.length);
      const [a, b] = [center, r.other].sort((p, q) => p.id.localeCompare(q.id));
      const key = `${r.type}|${a.id}|${b.id}`;
      if (this.graph.hasEdge(key) || a.id === b.id) return;
      const info: EdgeInfo = { key, type: r.type, status: r.status, articleCount: r.articleCount, firstSeen: r.firstSeen, lastSeen: r.lastSeen, source: a, target: b };
      this.graph.addEdgeWithKey(key, a.id, b.id, { size: 1.5 + 1.5 * Math.log2(1 + r.articleCount), color: edgeColor(r.type, r.status), info });
      added++;
    });
    return added;
  }

  isExpanded(id: string): boolean {
    return this.graph.hasNode(id) && this.graph.getNodeAttribute(id, 'expanded');
  }

  /**
   * ForceAtlas2 on the page's thread (the page's CSP admits no blob: worker), in slices of 15 iterations yielding to the event loop
   * on large graphs so the page stays responsive while the network settles; resolves when it has.
   */
  async layout(iterations = 150): Promise<void> {
    performance.mark('network-layout-start');
    if (this.graph.order > 1) {
      // Laid out on a copy sigma does not watch: drawing every intermediate step would cost more than the layout.
      const work = this.graph.copy();
      // Barnes-Hut only for big graphs: on a 300-node 2-hop network it was 30x slower (5 s against 0.17 s in Node).
      const settings = { ...forceAtlas2.inferSettings(work), barnesHutOptimize: work.order > 1000 };
      const slice = work.order > 100 ? 15 : iterations;
      for (let done = 0; done < iterations; done += slice) {
        forceAtlas2.assign(work, { iterations: Math.min(slice, iterations - done), settings });
        if (done + slice < iterations) await new Promise((resolve) => setTimeout(resolve, 0));
        if (this.killed) return;
      }
      this.graph.updateEachNodeAttributes((node, attrs) => ({ ...attrs, x: work.getNodeAttribute(node, 'x'), y: work.getNodeAttribute(node, 'y') }));
    }
    this.sigma.refresh();
    this.lastLayoutMs = performance.measure('network-layout', 'network-layout-start').duration;
  }

  /** Where an edge's midpoint is drawn, in pixels from the container's top left (for keyboard focus rings and tests). */
  edgeMidpoint(key: string): { x: number; y: number } | null {
    if (!this.graph.hasEdge(key)) return null;
    const [s, t] = this.graph.extremities(key).map((n) => this.nodePosition(n)!);
    return { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 };
  }

  /** Where a node is drawn, in pixels from the container's top left. */
  nodePosition(id: string): { x: number; y: number } | null {
    if (!this.graph.hasNode(id)) return null;
    const { x, y } = this.graph.getNodeAttributes(id);
    return this.sigma.graphToViewport({ x, y });
  }

  kill(): void {
    this.killed = true;
    this.sigma.kill();
  }
}
