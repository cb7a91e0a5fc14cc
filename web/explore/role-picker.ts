/** A role in the pickers: what ExploreRoles and ExploreRoleSearch return. */
export interface RoleOption {
  readonly slug: string;
  readonly name: string;
  readonly family: string;
  readonly seniority: string;
}

export interface RolePickerOptions {
  readonly input: HTMLInputElement;
  /** Every role, shown (by name) while the input is empty; also the fallback when search fails. */
  readonly allRoles: () => readonly RoleOption[];
  /** Roles matching what was typed, best first (the API's `search`). */
  readonly search: (text: string, signal: AbortSignal) => Promise<readonly RoleOption[]>;
  readonly onPick: (role: RoleOption) => void;
}

const searchDelayMs = 120;
const label = (value: string) => value.toLowerCase().replace(/_/g, ' ');

/**
 * Search-as-you-type for one role: an ARIA combobox (input + listbox). Arrow keys move through the
 * suggestions, Enter or a click picks one, Escape closes them.
 */
export class RolePicker {
  private readonly list: HTMLUListElement;
  private options: readonly RoleOption[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: AbortController | undefined;
  private picked: RoleOption | null = null;

  constructor(private readonly settings: RolePickerOptions) {
    const { input } = settings;
    this.list = document.createElement('ul');
    this.list.id = `${input.id}-options`;
    this.list.className = 'suggestions';
    this.list.setAttribute('role', 'listbox');
    this.list.hidden = true;
    input.insertAdjacentElement('afterend', this.list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', this.list.id);
    input.setAttribute('aria-expanded', 'false');

    input.addEventListener('input', () => {
      this.picked = null;
      this.schedule();
    });
    input.addEventListener('focus', () => this.schedule(0));
    input.addEventListener('blur', () => this.close());
    input.addEventListener('keydown', (event) => this.onKey(event));
    // mousedown, not click: picking must happen before the input's blur closes the list.
    this.list.addEventListener('mousedown', (event) => {
      const item = (event.target as Element).closest<HTMLElement>('[role="option"]');
      if (!item) return;
      event.preventDefault();
      const option = this.options[Number(item.dataset.index)];
      if (option) this.pick(option);
    });
  }

  /** The role picked, or null while the text does not name one. */
  get role(): RoleOption | null {
    return this.picked;
  }

  /** Shows `role` as picked, without calling onPick. */
  set(role: RoleOption): void {
    this.picked = role;
    this.settings.input.value = role.name;
  }

  private schedule(delay = searchDelayMs): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.suggest(), delay);
  }

  private async suggest(): Promise<void> {
    const text = this.settings.input.value.trim();
    this.pending?.abort();
    if (document.activeElement !== this.settings.input) return;
    if (text === '' || this.picked) {
      this.show([...this.settings.allRoles()].sort((a, b) => a.name.localeCompare(b.name)));
      return;
    }
    const controller = new AbortController();
    this.pending = controller;
    let found: readonly RoleOption[];
    try {
      found = await this.settings.search(text, controller.signal);
    } catch {
      if (controller.signal.aborted) return;
      const needle = text.toLowerCase();
      found = this.settings.allRoles().filter((role) => role.name.toLowerCase().includes(needle));
    }
    if (controller.signal.aborted || document.activeElement !== this.settings.input) return;
    this.show(found);
  }

  private show(options: readonly RoleOption[]): void {
    this.options = options;
    this.active = options.length > 0 ? 0 : -1;
    this.list.replaceChildren(
      ...(options.length === 0
        ? [
            Object.assign(document.createElement('li'), {
              className: 'empty',
              textContent: 'No role matches',
            }),
          ]
        : options.map((option, index) => {
            const item = document.createElement('li');
            item.id = `${this.list.id}-${index}`;
            item.dataset.index = String(index);
            item.dataset.slug = option.slug;
            item.setAttribute('role', 'option');
            const name = Object.assign(document.createElement('span'), { textContent: option.name });
            const tag = Object.assign(document.createElement('small'), {
              textContent: `${label(option.family)} · ${label(option.seniority)}`,
            });
            item.append(name, tag);
            return item;
          })),
    );
    this.list.hidden = false;
    this.settings.input.setAttribute('aria-expanded', 'true');
    this.highlight();
  }

  private highlight(): void {
    for (const item of this.list.querySelectorAll<HTMLElement>('[role="option"]')) {
      const selected = Number(item.dataset.index) === this.active;
      item.setAttribute('aria-selected', String(selected));
      if (selected) item.scrollIntoView({ block: 'nearest' });
    }
    const activeId = this.active >= 0 ? `${this.list.id}-${this.active}` : '';
    if (activeId) this.settings.input.setAttribute('aria-activedescendant', activeId);
    else this.settings.input.removeAttribute('aria-activedescendant');
  }

  private onKey(event: KeyboardEvent): void {
    const open = !this.list.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return this.schedule(0);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const count = this.options.length;
      if (count > 0) this.active = (this.active + step + count) % count;
      this.highlight();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = this.options[this.active];
      if (open && option) this.pick(option);
    } else if (event.key === 'Escape') {
      this.close();
    }
  }

  private pick(role: RoleOption): void {
    this.set(role);
    this.close();
    this.settings.onPick(role);
  }

  private close(): void {
    clearTimeout(this.timer);
    this.pending?.abort();
    this.list.hidden = true;
    this.settings.input.setAttribute('aria-expanded', 'false');
    this.settings.input.removeAttribute('aria-activedescendant');
  }
}
