/*
 * The "paste a job ad or your CV" box of /explore: sends the text to analyzeText, marks every mention in
 * the text (its explanation on hover), and lists the roles the text fits best with what each lacks.
 */
import './text-box.css';
import { ExploreAnalyzeTextDocument, type ExploreAnalyzeTextQuery } from '../../examples/generated/graphql';
import { request } from './api';

type Analysis = ExploreAnalyzeTextQuery['analyzeText'];

/** The longest text the API reads (analyzeText's limit). */
const maxText = 20_000;

function el(tag: string, className: string, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  if (className) element.className = className;
  element.append(...children);
  return element;
}

/** The text with each mention wrapped in a <mark>, by its UTF-16 offsets (which string indices are). */
function highlighted(text: string, mentions: Analysis['mentions']): HTMLElement {
  const out = el('div', 'text-marked');
  let at = 0;
  for (const mention of mentions) {
    if (mention.start < at) continue;
    out.append(text.slice(at, mention.start));
    const kind = mention.node.__typename === 'Skill' ? 'skill' : 'technology';
    const name = 'name' in mention.node ? mention.node.name : mention.node.id;
    const mark = el('mark', `mention ${kind}`, text.slice(mention.start, mention.end));
    mark.title = `${name} (${mention.match.toLowerCase()}, ${Math.round(mention.confidence * 100)}%): ${mention.explanation}`;
    mark.dataset.node = mention.node.id;
    out.append(mark);
    at = mention.end;
  }
  out.append(text.slice(at));
  return out;
}

function rolesList(roles: Analysis['roles']): HTMLElement {
  if (roles.length === 0) return el('p', 'none', 'No role shares a skill or technology with this text.');
  const list = el('ol', 'fit-list');
  for (const fit of roles) {
    const missing = fit.missing.slice(0, 12).map((link) => {
      const chip = el('span', `chip ${link.importance.toLowerCase()}`, link.skill.name);
      chip.title = link.importance.toLowerCase();
      return chip;
    });
    const more =
      fit.missing.length > missing.length
        ? [el('span', 'more', `+${fit.missing.length - missing.length} more`)]
        : [];
    const link = el('a', '', fit.role.name) as HTMLAnchorElement;
    link.href = `?to=${encodeURIComponent(fit.role.slug)}`;
    list.append(
      el(
        'li',
        'fit',
        el(
          'div',
          'fit-head',
          link,
          el('span', 'score', `${Math.round(fit.score * 100)}%${fit.named ? ', named in the text' : ''}`),
        ),
        el(
          'div',
          'covered',
          el('span', 'label', 'covers '),
          fit.covered.map((skill) => skill.name).join(', ') || 'no required skill',
        ),
        el(
          'div',
          'missing',
          el('span', 'label', 'lacks '),
          ...(missing.length ? missing : ['nothing it requires']),
          ...more,
        ),
      ),
    );
  }
  return list;
}

/** Wires the box: the form in #text-box (see index.html). */
export function mountTextBox(root: HTMLElement): void {
  const input = root.querySelector<HTMLTextAreaElement>('#text-input');
  const button = root.querySelector<HTMLButtonElement>('#text-analyze');
  const status = root.querySelector<HTMLElement>('#text-status');
  const result = root.querySelector<HTMLElement>('#text-result');
  if (!input || !button || !status || !result) throw new Error('the text box is missing a part');
  input.maxLength = maxText;
  let running: AbortController | undefined;

  const analyze = async () => {
    const text = input.value;
    running?.abort();
    if (text.trim().length === 0) {
      result.replaceChildren();
      status.textContent = 'Paste a text first.';
      return;
    }
    const controller = new AbortController();
    running = controller;
    root.dataset.state = 'loading';
    status.textContent = 'Reading…';
    try {
      const { analyzeText } = await request(ExploreAnalyzeTextDocument, { text }, controller.signal);
      if (controller.signal.aborted) return;
      const skills = analyzeText.mentions.filter((m) => m.node.__typename === 'Skill').length;
      status.textContent = `${analyzeText.mentions.length} mentions (${skills} of skills); point at one to see why it was taken.`;
      result.replaceChildren(
        el('h3', '', 'In the text'),
        highlighted(text, analyzeText.mentions),
        el('h3', '', 'Roles it fits best'),
        rolesList(analyzeText.roles),
      );
      root.dataset.state = 'done';
    } catch (error) {
      if (controller.signal.aborted) return;
      status.textContent = error instanceof Error ? error.message : String(error);
      root.dataset.state = 'error';
    }
  };
  button.addEventListener('click', () => void analyze());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void analyze();
  });
}
