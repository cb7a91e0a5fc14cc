import type { ExplorePathsQuery } from '../../examples/generated/graphql';
import type { RoleOption } from './role-picker';

type Gap = ExplorePathsQuery['skillGap'];

/** A tiny element builder: tag, class, then children (strings become text). */
function el(tag: string, className: string, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  if (className) element.className = className;
  element.append(...children);
  return element;
}

/** Why no path joins the two roles: no move out of the first, none into the second, or none short enough. */
export function noPathReason(data: ExplorePathsQuery, from: RoleOption, to: RoleOption): string {
  if (data.start?.nextRoles.length === 0)
    return `${from.name} has no career moves out in the graph: no source names a role it leads to.`;
  if (data.end?.previousRoles.length === 0)
    return `No career move leads into ${to.name} in the graph: no source names a role it follows.`;
  return `No path from ${from.name} to ${to.name} within 6 steps.`;
}

function pathsSection(
  data: ExplorePathsQuery,
  from: RoleOption,
  to: RoleOption,
  onHover: (index: number | null) => void,
): HTMLElement {
  const paths = data.careerPaths;
  if (paths.length === 0) {
    return el(
      'section',
      'paths',
      el('h2', '', 'Career paths'),
      el('p', 'none', noPathReason(data, from, to)),
    );
  }
  const list = el('ol', 'path-list');
  paths.forEach((path, index) => {
    const route = path.roles.map((role) => role.name).join(' → ');
    const item = el(
      'li',
      index === 0 ? 'best' : '',
      el('strong', '', path.explanation),
      el('span', 'route', route),
    );
    item.dataset.path = String(index);
    item.tabIndex = 0;
    for (const [type, value] of [
      ['mouseenter', index],
      ['focus', index],
      ['mouseleave', null],
      ['blur', null],
    ] as const) {
      item.addEventListener(type, () => onHover(value));
    }
    list.append(item);
  });
  return el(
    'section',
    'paths',
    el('h2', '', paths.length === 1 ? 'Best path' : `Top ${paths.length} paths`),
    list,
    el(
      'p',
      'legend',
      'Each role shows the experience it asks for, where a source states it; no source times a move, so ' +
        'edges show the kind of move. Dashed moves are readings of the sources rather than stated moves. ' +
        'The best path is drawn in blue; point at a path to show it alone.',
    ),
  );
}

function gapSection(gap: Gap, from: RoleOption, to: RoleOption): HTMLElement {
  const importance = new Map(gap.missing.map((entry) => [entry.skill.slug, entry.importance]));
  const section = el('section', 'gap', el('h2', '', 'Skill gap'));
  if (gap.learningOrder.length === 0) {
    section.append(el('p', 'none', `A ${from.name} already holds every skill a ${to.name} needs.`));
  } else {
    section.append(
      el('p', '', `What a ${from.name} lacks to become a ${to.name}, in learning order:`),
      el(
        'ol',
        'skills',
        ...gap.learningOrder.map((skill) => {
          const level = importance.get(skill.slug)?.toLowerCase() ?? 'prerequisite';
          const item = el('li', '', el('span', `badge ${level}`, level), ` ${skill.name}`);
          item.dataset.skill = skill.slug;
          return item;
        }),
      ),
    );
  }
  if (gap.shared.length > 0) {
    section.append(
      el('h3', '', `Already held (${gap.shared.length})`),
      el('p', 'shared', gap.shared.map((skill) => skill.name).join(', ')),
    );
  }
  return section;
}

export function renderResult(
  panel: HTMLElement,
  data: ExplorePathsQuery,
  from: RoleOption,
  to: RoleOption,
  onHover: (index: number | null) => void,
): void {
  panel.replaceChildren(pathsSection(data, from, to, onHover), gapSection(data.skillGap, from, to));
}

export function renderMessage(panel: HTMLElement, message: string, kind: 'hint' | 'error' | 'loading'): void {
  panel.replaceChildren(el('p', kind, message));
}
