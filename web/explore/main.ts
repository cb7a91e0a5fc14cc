/*
 * The path picture (/explore): pick two roles, see the best career paths between them as a graph
 * (cytoscape.js, laid out left to right by dagre) with years on the edges, and the skill gap beside it.
 * It talks to /graphql like any client, with the typed operations of web/explore/explore.graphql.
 */
import './style.css';
import {
  ExplorePathsDocument,
  ExploreRoleSearchDocument,
  ExploreRolesDocument,
  type PathRanking,
} from '../../examples/generated/graphql';
import { request } from './api';
import { renderMessage, renderResult } from './panel';
import { PathGraph } from './path-graph';
import { RolePicker, type RoleOption } from './role-picker';
import { mountTextBox } from './text-box';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found as T;
}

const panel = element<HTMLElement>('panel');
const rankSelect = element<HTMLSelectElement>('rank');
const firstSelect = element<HTMLSelectElement>('first');
const graph = new PathGraph(element('graph'));
let roles: readonly RoleOption[] = [];
let drawing: AbortController | undefined;

/** For tests and the curious: `careergraphExplore.cy` is the cytoscape instance. */
Object.assign(window, { careergraphExplore: { cy: graph.cy } });

function setState(state: 'idle' | 'loading' | 'drawn' | 'error'): void {
  document.body.dataset.state = state;
}

/** Search hits are nodes of any kind; asked for roles only, each carries the role's fields. */
const isRole = (node: object): node is RoleOption => 'slug' in node && typeof node.slug === 'string';

async function searchRoles(text: string, signal: AbortSignal): Promise<RoleOption[]> {
  const { search } = await request(ExploreRoleSearchDocument, { text }, signal);
  return search.flatMap(({ node }) => (isRole(node) ? [node] : []));
}

const pickers = {
  from: new RolePicker({ input: element('from'), allRoles: () => roles, search: searchRoles, onPick: draw }),
  to: new RolePicker({ input: element('to'), allRoles: () => roles, search: searchRoles, onPick: draw }),
};

async function draw(): Promise<void> {
  const from = pickers.from.role;
  const to = pickers.to.role;
  if (!from || !to) return;
  const url = new URL(window.location.href);
  url.search = new URLSearchParams({ from: from.slug, to: to.slug }).toString();
  window.history.replaceState(null, '', url);
  if (from.slug === to.slug) {
    graph.clear();
    renderMessage(panel, 'Pick two different roles.', 'hint');
    return setState('idle');
  }
  drawing?.abort();
  const controller = new AbortController();
  drawing = controller;
  setState('loading');
  renderMessage(panel, `Finding paths from ${from.name} to ${to.name}…`, 'loading');
  try {
    const data = await request(
      ExplorePathsDocument,
      {
        from: from.slug,
        to: to.slug,
        first: Number(firstSelect.value),
        rankBy: rankSelect.value as PathRanking,
      },
      controller.signal,
    );
    if (controller.signal.aborted) return;
    graph.draw(data.careerPaths, from, to);
    renderResult(panel, data, from, to, (index) => graph.highlight(index));
    setState('drawn');
  } catch (error) {
    if (controller.signal.aborted) return;
    graph.clear();
    renderMessage(panel, error instanceof Error ? error.message : String(error), 'error');
    setState('error');
  }
}

rankSelect.addEventListener('change', () => void draw());
firstSelect.addEventListener('change', () => void draw());
element('choose').addEventListener('submit', (event) => event.preventDefault());
window.addEventListener('resize', () => graph.resize());

async function start(): Promise<void> {
  setState('idle');
  try {
    roles = (await request(ExploreRolesDocument, {})).roles.nodes;
    document.body.dataset.roles = String(roles.length);
  } catch (error) {
    renderMessage(
      panel,
      `The API did not answer: ${error instanceof Error ? error.message : error}`,
      'error',
    );
    return setState('error');
  }
  // ?from=<slug>&to=<slug>: a picture can be shared as a link.
  const params = new URLSearchParams(window.location.search);
  const bySlug = new Map(roles.map((role) => [role.slug, role]));
  const unknown: string[] = [];
  const fromLink = (end: 'from' | 'to'): RoleOption | undefined => {
    const slug = params.get(end)?.trim();
    if (!slug) return undefined;
    const role = bySlug.get(slug);
    if (!role) unknown.push(`${end}=${slug}`);
    return role;
  };
  const from = fromLink('from');
  const to = fromLink('to');
  if (from) pickers.from.set(from);
  if (to) pickers.to.set(to);
  if (unknown.length > 0) {
    // Said, not dropped: a mistyped or outdated link should not look like an empty page.
    const names = unknown.map((item) => `"${item}"`).join(' and ');
    renderMessage(
      panel,
      `The link names ${unknown.length === 1 ? 'a role' : 'roles'} this graph does not have (${names}). ` +
        'Type a few letters above to pick one.',
      'error',
    );
    document.body.dataset.unknownRoles = unknown.join(' ');
    return;
  }
  if (from && to) await draw();
}

mountTextBox(element('text-box'));
void start();
