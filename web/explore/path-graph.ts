import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import type { ExplorePathsQuery } from '../../examples/generated/graphql';

cytoscape.use(dagre);

export type CareerPaths = ExplorePathsQuery['careerPaths'];

/** The role a picture starts or ends at. */
export interface RoleEnd {
  readonly slug: string;
  readonly name: string;
}

/** "2 yrs" or "1 yr": a duration a source states. */
export function yearsLabel(years: number): string {
  return `${years} ${years === 1 ? 'yr' : 'yrs'}`;
}

/** The experience a role asks for, as the node shows it: "0–2 yrs", "5+ yrs"; empty when no source says. */
export function thresholdLabel(experience: { min: number; max?: number | null } | null | undefined): string {
  if (!experience) return '';
  return experience.max === null || experience.max === undefined
    ? `${experience.min}+ yrs`
    : `${experience.min}–${experience.max} yrs`;
}

type Step = CareerPaths[number]['steps'][number];

/** Whether a step is a reading rather than a stated move: inherited, or only INFERRED evidence for it. */
export function isReadStep(step: Step): boolean {
  return (
    (step.inheritedFrom !== null && step.inheritedFrom !== undefined) ||
    !step.evidence.some(
      (item) => item.basis === 'STATED' && (item.about === null || item.about === undefined),
    )
  );
}

/**
 * The paths as one graph: each role once, each step once (a step shared by several paths is one edge).
 * Every element lists the paths it belongs to (`data.paths`, 0 = the best path).
 */
export function pathElements(paths: CareerPaths, from: RoleEnd, to: RoleEnd): cytoscape.ElementDefinition[] {
  // The two roles are drawn even when no path joins them.
  const nodes = new Map<string, { label: string; paths: number[] }>([
    [from.slug, { label: from.name, paths: [] }],
    [to.slug, { label: to.name, paths: [] }],
  ]);
  const edges = new Map<
    string,
    { source: string; target: string; label: string; kind: string; read: boolean; paths: number[] }
  >();
  paths.forEach((path, index) => {
    for (const role of path.roles) {
      const threshold = thresholdLabel(role.experience);
      const node = nodes.get(role.slug) ?? { label: role.name, paths: [] };
      // The experience a role asks for is what times a path: the sources time no move.
      if (threshold !== '') node.label = `${role.name}\n${threshold}`;
      node.paths.push(index);
      nodes.set(role.slug, node);
    }
    for (const step of path.steps) {
      const id = `${step.from.slug}->${step.to.slug}`;
      const kind = step.kind.toLowerCase().replace(/_/g, ' ');
      const edge = edges.get(id) ?? {
        source: step.from.slug,
        target: step.to.slug,
        label:
          step.typicalYears === null || step.typicalYears === undefined
            ? kind
            : yearsLabel(step.typicalYears),
        kind,
        read: isReadStep(step),
        paths: [],
      };
      edge.paths.push(index);
      edges.set(id, edge);
    }
  });
  return [
    ...[...nodes].map(([slug, node]) => ({
      group: 'nodes' as const,
      data: { id: slug, ...node },
      classes: slug === from.slug ? 'from' : slug === to.slug ? 'to' : 'between',
    })),
    ...[...edges].map(([id, edge]) => ({
      group: 'edges' as const,
      data: { id, ...edge },
      classes: [edge.paths.includes(0) ? 'best' : '', edge.read ? 'read' : ''].filter(Boolean).join(' '),
    })),
  ];
}

const nodeSize = { width: 150, height: 62 };
const rankGap = 90;
const padding = 30;

const style: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      shape: 'round-rectangle',
      width: nodeSize.width,
      height: nodeSize.height,
      'background-color': '#f1f5f9',
      'border-width': 1.5,
      'border-color': '#94a3b8',
      label: 'data(label)',
      'text-wrap': 'wrap',
      'text-max-width': '136px',
      'text-valign': 'center',
      'text-halign': 'center',
      'font-size': 13,
      'font-family': 'system-ui, sans-serif',
      color: '#0f172a',
    },
  },
  {
    selector: 'node.from',
    style: { 'background-color': '#dcfce7', 'border-color': '#16a34a', 'border-width': 2.5 },
  },
  {
    selector: 'node.to',
    style: { 'background-color': '#ede9fe', 'border-color': '#7c3aed', 'border-width': 2.5 },
  },
  {
    selector: 'edge',
    style: {
      width: 2,
      'curve-style': 'bezier',
      'line-color': '#94a3b8',
      'target-arrow-color': '#94a3b8',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 1.2,
      label: 'data(label)',
      'font-size': 13,
      'font-family': 'system-ui, sans-serif',
      color: '#334155',
      'text-background-color': '#ffffff',
      'text-background-opacity': 1,
      'text-background-padding': '3px',
      'text-background-shape': 'roundrectangle',
      'text-border-color': '#cbd5e1',
      'text-border-width': 1,
      'text-border-opacity': 1,
    },
  },
  {
    selector: 'edge.best',
    style: {
      width: 4,
      'line-color': '#2563eb',
      'target-arrow-color': '#2563eb',
      color: '#1d4ed8',
      'font-weight': 'bold',
      'text-border-color': '#2563eb',
    },
  },
  // A move that is a reading of the sources (inherited or INFERRED) is dashed: stated moves are solid.
  { selector: 'edge.read', style: { 'line-style': 'dashed' } },
  { selector: '.faded', style: { opacity: 0.18 } },
  // The path pointed at in the list: its own steps stand out, not only the others fading.
  {
    selector: 'edge.highlighted',
    style: {
      width: 5,
      'line-color': '#ea580c',
      'target-arrow-color': '#ea580c',
      color: '#c2410c',
      'font-weight': 'bold',
      'text-border-color': '#ea580c',
      'z-index': 10,
    },
  },
  { selector: 'node.highlighted', style: { 'border-color': '#ea580c', 'border-width': 3 } },
];

/** The picture: one cytoscape instance in `container`, redrawn for each pair of roles. */
export class PathGraph {
  readonly cy: cytoscape.Core;

  constructor(container: HTMLElement) {
    this.cy = cytoscape({
      container,
      style,
      minZoom: 0.3,
      maxZoom: 2,
      boxSelectionEnabled: false,
    });
  }

  draw(paths: CareerPaths, from: RoleEnd, to: RoleEnd): void {
    this.cy.elements().remove();
    this.cy.add(pathElements(paths, from, to));
    this.cy
      .layout({
        name: 'dagre',
        rankDir: this.direction(Math.max(2, ...paths.map((path) => path.roles.length))),
        nodeSep: 60,
        rankSep: rankGap,
        edgeSep: 24,
        padding,
        fit: true,
        animate: false,
      } as cytoscape.LayoutOptions)
      .run();
  }

  /**
   * Left to right reads like a timeline; long paths in a narrow frame go top to bottom instead, when
   * that draws them larger (a path's steps lie along one axis; the frame decides which has more room).
   */
  private direction(ranks: number): 'LR' | 'TB' {
    const along = (node: number) => ranks * node + (ranks - 1) * rankGap + 2 * padding;
    const zoomAcross = this.cy.width() / along(nodeSize.width);
    const zoomDown = this.cy.height() / along(nodeSize.height);
    return zoomAcross < 0.75 && zoomDown > zoomAcross ? 'TB' : 'LR';
  }

  clear(): void {
    this.cy.elements().remove();
  }

  /** Highlights path `index` and fades everything outside it; null shows every path as drawn. */
  highlight(index: number | null): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('faded highlighted');
      if (index === null) return;
      const onPath = (element: cytoscape.SingularElementArgument) =>
        (element.data('paths') as number[]).includes(index);
      this.cy
        .elements()
        .filter((element) => !onPath(element))
        .addClass('faded');
      this.cy.elements().filter(onPath).addClass('highlighted');
    });
  }

  resize(): void {
    this.cy.resize();
    if (this.cy.elements().length > 0) this.cy.fit(undefined, padding);
  }
}
